package cn.huzhu.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** s3proxy in this JVM, in memory or in a folder, path-style, with CORS open to loopback origins so a browser can PUT presigned URLs. */
public final class S3Emulator implements AutoCloseable {
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local-secret";

    private final S3Proxy proxy;
    private final NotifyingBlobStore store;
    private final int port;

    private S3Emulator(S3Proxy proxy, NotifyingBlobStore store, int port) {
        this.proxy = proxy;
        this.store = store;
        this.port = port;
    }

    /** @param data the folder that keeps the objects between runs; null keeps them in memory */
    public static S3Emulator start(Path data) {
        int port = FreePort.pick();
        NotifyingBlobStore store = new NotifyingBlobStore(data == null ? new TransientNio2BlobStore()
                : new FilesystemNio2BlobStore(directory(data).toString()));
        CrossOriginResourceSharing cors = new CrossOriginResourceSharing(
                List.of("https?://(localhost|127\\.0\\.0\\.1)(:\\d+)?"),
                List.of("GET", "HEAD", "PUT", "POST"),
                List.of("*"),
                List.of("ETag"),
                "false");
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .corsRules(cors)
                .ignoreUnknownHeaders(true)
                .build();
        try {
            proxy.start();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
        FreePort.awaitListening(port, java.time.Duration.ofSeconds(30), null);
        return new S3Emulator(proxy, store, port);
    }

    private static Path directory(Path data) {
        try {
            return Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public void onObjectCreated(ObjectCreatedListener listener) {
        store.addListener(listener);
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            System.err.println("s3proxy did not stop cleanly: " + e);
        }
        store.close();
    }
}
