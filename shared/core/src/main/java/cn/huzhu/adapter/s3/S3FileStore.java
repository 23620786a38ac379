package cn.huzhu.adapter.s3;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.api.ContentDisposition;
import cn.huzhu.app.port.FileStore;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The two buckets (UPLOAD_BUCKET, GENERATED_BUCKET). Path-style addressing is switched on by S3_FORCE_PATH_STYLE for
 * emulators that need it.
 */
public final class S3FileStore implements FileStore {
    private final S3Client s3;
    private final S3Presigner presigner;
    private final Map<Bucket, String> buckets;

    public S3FileStore(S3Client s3, S3Presigner presigner, Map<Bucket, String> buckets) {
        this.s3 = s3;
        this.presigner = presigner;
        this.buckets = Map.copyOf(buckets);
    }

    /** Clients built once per container from the function's environment. */
    public static S3FileStore create(AwsSettings aws) {
        boolean pathStyle = Boolean.parseBoolean(aws.env().get("S3_FORCE_PATH_STYLE", "false"));
        S3Configuration config = S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build();
        var client = S3Client.builder().region(aws.region()).credentialsProvider(aws.credentials())
                .httpClient(aws.httpClient()).serviceConfiguration(config);
        var presigner = S3Presigner.builder().region(aws.region()).credentialsProvider(aws.credentials())
                .serviceConfiguration(config);
        aws.endpoint("S3").ifPresent(endpoint -> {
            client.endpointOverride(endpoint);
            presigner.endpointOverride(endpoint);
        });
        Map<Bucket, String> buckets = new LinkedHashMap<>();
        aws.env().get("UPLOAD_BUCKET").ifPresent(name -> buckets.put(Bucket.UPLOADS, name));
        aws.env().get("GENERATED_BUCKET").ifPresent(name -> buckets.put(Bucket.GENERATED, name));
        return new S3FileStore(client.build(), presigner.build(), buckets);
    }

    private String name(Bucket bucket) {
        String name = buckets.get(bucket);
        if (name == null) {
            throw new IllegalStateException("no bucket configured for " + bucket + " (set UPLOAD_BUCKET / GENERATED_BUCKET)");
        }
        return name;
    }

    @Override
    public Upload presignUpload(Bucket bucket, String key, String contentType, long size, Duration lifetime) {
        PutObjectRequest put = PutObjectRequest.builder().bucket(name(bucket)).key(key).contentType(contentType)
                .contentLength(size).build();
        PresignedPutObjectRequest presigned = presigner.presignPutObject(r -> r.signatureDuration(lifetime).putObjectRequest(put));
        Map<String, String> headers = new LinkedHashMap<>();
        presigned.signedHeaders().forEach((header, values) -> {
            String lower = header.toLowerCase(Locale.ROOT);
            // the browser sets these two itself and refuses to let scripts set them
            if (!lower.equals("host") && !lower.equals("content-length")) {
                headers.put(header, String.join(",", values));
            }
        });
        return new Upload(URI.create(presigned.url().toString()), headers, presigned.expiration());
    }

    @Override
    public URI presignDownload(Bucket bucket, String key, String downloadName, Duration lifetime) {
        GetObjectRequest get = GetObjectRequest.builder().bucket(name(bucket)).key(key)
                .responseContentDisposition(ContentDisposition.attachment(downloadName)).build();
        return URI.create(presigner.presignGetObject(r -> r.signatureDuration(lifetime).getObjectRequest(get)).url().toString());
    }

    @Override
    public InputStream open(Bucket bucket, String key) {
        return s3.getObject(r -> r.bucket(name(bucket)).key(key));
    }

    @Override
    public byte[] head(Bucket bucket, String key, int bytes) {
        ResponseBytes<GetObjectResponse> head = s3.getObjectAsBytes(r -> r.bucket(name(bucket)).key(key)
                .range("bytes=0-" + (bytes - 1)));
        return head.asByteArray();
    }

    @Override
    public Optional<Long> size(Bucket bucket, String key) {
        try {
            return Optional.of(s3.headObject(r -> r.bucket(name(bucket)).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void put(Bucket bucket, String key, byte[] content, String contentType) {
        s3.putObject(r -> r.bucket(name(bucket)).key(key).contentType(contentType), RequestBody.fromBytes(content));
    }

    @Override
    public List<String> keys(Bucket bucket, String prefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket(name(bucket)).prefix(prefix)).contents().stream()
                .map(object -> object.key()).toList();
    }

    @Override
    public void delete(Bucket bucket, String key) {
        s3.deleteObject(r -> r.bucket(name(bucket)).key(key));
    }
}
