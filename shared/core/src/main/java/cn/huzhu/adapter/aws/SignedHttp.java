package cn.huzhu.adapter.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests to one AWS service, signed with Signature Version 4 by the SDK's own signer and sent with the container's
 * light HTTP client. For the few calls a function makes to S3 and SES this replaces their generated clients, which
 * would add about 7 MB of model classes to every jar.
 */
public final class SignedHttp {
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    private static final int ATTEMPTS = 3;

    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final String service;

    /** What came back: status, headers and the whole body. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public SignedHttp(SdkHttpClient http, AwsCredentialsProvider credentials, String region, String service) {
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.service = service;
    }

    /**
     * Signs and sends the request with this body (null for none), again after a short pause when the service answered
     * 5xx or the connection broke, as the SDK's standard retries do for every operation. The S3 calls made here are
     * idempotent; a SendEmail retried after an answer that got lost may, as with the SDK's client, send twice.
     */
    public Response send(SdkHttpRequest request, byte[] body) {
        for (int attempt = 1; ; attempt++) {
            try {
                Response response = read(execute(request, body));
                if (!retryable(response.status()) || attempt == ATTEMPTS) {
                    return response;
                }
            } catch (UncheckedIOException broken) {
                if (attempt == ATTEMPTS) {
                    throw broken;
                }
            }
            pause(attempt);
        }
    }

    /** Sends a GET and hands over the body as it streams; a refusal is read whole instead. */
    public InputStream stream(SdkHttpRequest request, Function<Response, RuntimeException> refusal) {
        HttpExecuteResponse response = execute(request, null);
        int status = response.httpResponse().statusCode();
        if (status >= 200 && status < 300) {
            return response.responseBody().map(InputStream.class::cast).orElseGet(() -> new ByteArrayInputStream(new byte[0]));
        }
        throw refusal.apply(read(response));
    }

    /** A URL anyone may use until it expires: the signature travels in the query, the payload unsigned. */
    public URI presign(SdkHttpRequest request, Duration lifetime) {
        SdkHttpRequest signed = SIGNER.sign(r -> common(r, request)
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, lifetime)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)).request();
        return signed.getUri();
    }

    private HttpExecuteResponse execute(SdkHttpRequest request, byte[] body) {
        ContentStreamProvider payload = body == null ? null : ContentStreamProvider.fromByteArrayUnsafe(body);
        SdkHttpRequest signed = SIGNER.sign(r -> common(r, request).payload(payload)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)).request();
        try {
            return http.prepareRequest(HttpExecuteRequest.builder().request(signed).contentStreamProvider(payload).build())
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.host() + " failed", e);
        }
    }

    private SignRequest.Builder<AwsCredentialsIdentity> common(SignRequest.Builder<AwsCredentialsIdentity> builder,
            SdkHttpRequest request) {
        return builder.identity(credentials.resolveCredentials()).request(request)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, false);
    }

    private static Response read(HttpExecuteResponse response) {
        try (InputStream in = response.responseBody().map(InputStream.class::cast).orElse(null)) {
            return new Response(response.httpResponse().statusCode(), response.httpResponse().headers(),
                    in == null ? new byte[0] : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean retryable(int status) {
        return status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
