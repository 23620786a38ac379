package cn.huzhu.adapter.s3;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SignedHttp;
import cn.huzhu.api.ContentDisposition;
import cn.huzhu.app.port.FileStore;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * The two buckets (UPLOAD_BUCKET, GENERATED_BUCKET) through S3's REST API: objects put, read, measured, listed and
 * deleted, and presigned URLs for the browser, each request signed with SigV4. Virtual-hosted addressing on AWS;
 * path-style when S3_FORCE_PATH_STYLE is set (emulators).
 */
public final class S3FileStore implements FileStore {
    private final SignedHttp http;
    private final URI endpoint;
    private final boolean pathStyle;
    private final Map<Bucket, String> buckets;

    public S3FileStore(SignedHttp http, URI endpoint, boolean pathStyle, Map<Bucket, String> buckets) {
        this.http = http;
        this.endpoint = endpoint;
        this.pathStyle = pathStyle;
        this.buckets = Map.copyOf(buckets);
    }

    /** Built once per container from the function's environment. */
    public static S3FileStore create(AwsSettings aws) {
        URI endpoint = aws.endpoint("S3", "s3");
        boolean pathStyle = Boolean.parseBoolean(aws.env().get("S3_FORCE_PATH_STYLE", "false"));
        Map<Bucket, String> buckets = new LinkedHashMap<>();
        aws.env().get("UPLOAD_BUCKET").ifPresent(name -> buckets.put(Bucket.UPLOADS, name));
        aws.env().get("GENERATED_BUCKET").ifPresent(name -> buckets.put(Bucket.GENERATED, name));
        return new S3FileStore(aws.signedHttp("s3"), endpoint, pathStyle, buckets);
    }

    private String name(Bucket bucket) {
        String name = buckets.get(bucket);
        if (name == null) {
            throw new IllegalStateException("no bucket configured for " + bucket + " (set UPLOAD_BUCKET / GENERATED_BUCKET)");
        }
        return name;
    }

    /** A request for an object (or, with key null, the bucket itself). */
    private SdkHttpRequest.Builder request(SdkHttpMethod method, Bucket bucket, String key) {
        String name = name(bucket);
        String objectPath = key == null ? "/" : "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder().method(method).protocol(endpoint.getScheme())
                .port(endpoint.getPort() < 0 ? null : endpoint.getPort());
        if (pathStyle) {
            return builder.host(endpoint.getHost()).encodedPath("/" + name + (key == null ? "" : objectPath));
        }
        return builder.host(name + "." + endpoint.getHost()).encodedPath(objectPath);
    }

    @Override
    public Upload presignUpload(Bucket bucket, String key, String contentType, long size, Duration lifetime) {
        SdkHttpRequest put = request(SdkHttpMethod.PUT, bucket, key).putHeader("Content-Type", contentType)
                .putHeader("Content-Length", Long.toString(size)).build();
        URI url = http.presign(put, lifetime);
        // the browser sets Content-Length itself (scripts may not): it is signed, so only a file of that size is taken
        return new Upload(url, Map.of("Content-Type", contentType), Instant.now().plus(lifetime));
    }

    @Override
    public URI presignDownload(Bucket bucket, String key, String downloadName, Duration lifetime) {
        SdkHttpRequest get = request(SdkHttpMethod.GET, bucket, key)
                .putRawQueryParameter("response-content-disposition", ContentDisposition.attachment(downloadName)).build();
        return http.presign(get, lifetime);
    }

    @Override
    public URI presignView(Bucket bucket, String key, String fileName, String contentType, Duration lifetime) {
        SdkHttpRequest get = request(SdkHttpMethod.GET, bucket, key)
                .putRawQueryParameter("response-content-disposition", ContentDisposition.inline(fileName))
                .putRawQueryParameter("response-content-type", contentType).build();
        return http.presign(get, lifetime);
    }

    @Override
    public InputStream open(Bucket bucket, String key) {
        return http.stream(request(SdkHttpMethod.GET, bucket, key).build(), response -> failure("GET", key, response));
    }

    @Override
    public byte[] head(Bucket bucket, String key, int bytes) {
        SignedHttp.Response response = http.send(request(SdkHttpMethod.GET, bucket, key)
                .putHeader("Range", "bytes=0-" + (bytes - 1)).build(), null);
        if (!response.ok()) {
            throw failure("GET", key, response);
        }
        return response.body();
    }

    @Override
    public Optional<Long> size(Bucket bucket, String key) {
        SignedHttp.Response response = http.send(request(SdkHttpMethod.HEAD, bucket, key).build(), null);
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (!response.ok()) {
            throw failure("HEAD", key, response);
        }
        return Optional.of(Long.parseLong(response.header("Content-Length")));
    }

    @Override
    public void put(Bucket bucket, String key, byte[] content, String contentType) {
        SignedHttp.Response response = http.send(request(SdkHttpMethod.PUT, bucket, key).putHeader("Content-Type", contentType)
                .putHeader("Content-Length", Integer.toString(content.length)).build(), content);
        if (!response.ok()) {
            throw failure("PUT", key, response);
        }
    }

    @Override
    public List<String> keys(Bucket bucket, String prefix) {
        List<String> keys = new ArrayList<>();
        String token = null;
        do {
            SdkHttpRequest.Builder list = request(SdkHttpMethod.GET, bucket, null).putRawQueryParameter("list-type", "2")
                    .putRawQueryParameter("prefix", prefix);
            if (token != null) {
                list.putRawQueryParameter("continuation-token", token);
            }
            SignedHttp.Response response = http.send(list.build(), null);
            if (!response.ok()) {
                throw failure("LIST", prefix, response);
            }
            ListingPage page = ListingPage.parse(response.body());
            keys.addAll(page.keys());
            token = page.next();
        } while (token != null);
        return keys;
    }

    @Override
    public void delete(Bucket bucket, String key) {
        SignedHttp.Response response = http.send(request(SdkHttpMethod.DELETE, bucket, key).build(), null);
        if (!response.ok() && response.status() != 404) {
            throw failure("DELETE", key, response);
        }
    }

    private static IllegalStateException failure(String operation, String key, SignedHttp.Response response) {
        String body = response.text();
        String code = body.contains("<Code>") ? body.substring(body.indexOf("<Code>") + 6, body.indexOf("</Code>")) : "";
        return new IllegalStateException("S3 " + operation + " " + key + " answered " + response.status() + " "
                + code.toLowerCase(Locale.ROOT));
    }
}
