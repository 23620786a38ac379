package cn.huzhu.app.port;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The buckets: browsers move files in and out with short-lived presigned URLs; functions read and write directly. */
public interface FileStore {
    enum Bucket { UPLOADS, GENERATED }

    /** A presigned PUT the browser sends the file with, carrying exactly these headers. */
    record Upload(URI url, Map<String, String> headers, java.time.Instant expiresAt) {
    }

    Upload presignUpload(Bucket bucket, String key, String contentType, long size, Duration lifetime);

    /** A presigned GET that makes the browser save the file under {@code downloadName}. */
    URI presignDownload(Bucket bucket, String key, String downloadName, Duration lifetime);

    /** A presigned GET the browser shows (a PDF or a picture in a tab of its own), served as {@code contentType}. */
    URI presignView(Bucket bucket, String key, String fileName, String contentType, Duration lifetime);

    InputStream open(Bucket bucket, String key);

    /** The first bytes of an object (to check what it really is). */
    byte[] head(Bucket bucket, String key, int bytes);

    /** The object's size, or empty when it does not exist. */
    Optional<Long> size(Bucket bucket, String key);

    void put(Bucket bucket, String key, byte[] content, String contentType);

    /** The keys under a prefix, in key order. */
    List<String> keys(Bucket bucket, String prefix);

    void delete(Bucket bucket, String key);
}
