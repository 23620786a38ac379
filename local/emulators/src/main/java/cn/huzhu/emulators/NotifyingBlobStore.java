package cn.huzhu.emulators;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;

import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** A blob store that, once an object is stored, tells the listeners on another thread (S3 delivers events asynchronously). */
final class NotifyingBlobStore extends ForwardingBlobStore {
    private final List<ObjectCreatedListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "s3-event-delivery");
        thread.setDaemon(true);
        return thread;
    });

    NotifyingBlobStore(BlobStore delegate) {
        super(delegate);
    }

    void addListener(ObjectCreatedListener listener) {
        listeners.add(listener);
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        PutObjectResponse response = super.putBlob(request, content);
        announce(request.bucket(), request.key(), response.eTag());
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
            CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        announce(request.bucket(), request.key(), response.eTag());
        return response;
    }

    private void announce(String bucket, String key, String eTag) {
        if (listeners.isEmpty()) {
            return;
        }
        long size = blobMetadata(bucket, key).contentLength();
        delivery.execute(() -> listeners.forEach(listener -> {
            try {
                listener.objectCreated(bucket, key, size, eTag);
            } catch (RuntimeException e) {
                System.err.println("S3 event delivery for " + bucket + " failed: " + e);
            }
        }));
    }

    @Override
    public void close() {
        delivery.shutdownNow();
        super.close();
    }
}
