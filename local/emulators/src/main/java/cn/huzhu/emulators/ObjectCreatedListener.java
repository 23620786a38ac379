package cn.huzhu.emulators;

/** Told about each object written to the S3 emulator, as S3 event notifications would tell. */
@FunctionalInterface
public interface ObjectCreatedListener {
    void objectCreated(String bucket, String key, long size, String eTag);
}
