package cn.huzhu.adapter.aws;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import cn.huzhu.api.Env;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Region, credentials, endpoint and HTTP client for SDK clients, from the standard variables (AWS_REGION,
 * AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_&lt;SERVICE&gt;) read from the function's {@link Env}, so the
 * same code reaches AWS, LocalStack or the embedded emulators. One light HTTP client per container.
 */
public final class AwsSettings {
    /** Batches go out several at a time (see DynamoTable); the JDK keeps only 5 idle connections per host otherwise. */
    public static final int CONNECTIONS = 32;
    private static final SdkHttpClient HTTP = httpClient(CONNECTIONS);

    private static SdkHttpClient httpClient(int connections) {
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(connections));
        }
        return UrlConnectionHttpClient.builder().build();
    }

    private final Env env;

    public AwsSettings(Env env) {
        this.env = env;
    }

    public Region region() {
        return Region.of(env.require("AWS_REGION"));
    }

    public AwsCredentialsProvider credentials() {
        Optional<String> keyId = env.get("AWS_ACCESS_KEY_ID");
        if (keyId.isEmpty()) {
            return DefaultCredentialsProvider.builder().build();
        }
        String secret = env.require("AWS_SECRET_ACCESS_KEY");
        return StaticCredentialsProvider.create(env.get("AWS_SESSION_TOKEN")
                .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(token -> AwsSessionCredentials.create(keyId.get(), secret, token))
                .orElseGet(() -> AwsBasicCredentials.create(keyId.get(), secret)));
    }

    /** The endpoint override for a service, e.g. "DYNAMODB" reads AWS_ENDPOINT_URL_DYNAMODB then AWS_ENDPOINT_URL. */
    public Optional<URI> endpoint(String service) {
        return env.get("AWS_ENDPOINT_URL_" + service.toUpperCase(Locale.ROOT))
                .or(() -> env.get("AWS_ENDPOINT_URL"))
                .map(URI::create);
    }

    /** The endpoint override for a service, else its regional endpoint, under amazonaws.com.cn in the China partition. */
    public URI endpoint(String service, String hostPrefix) {
        String region = region().id();
        String suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        return endpoint(service).orElseGet(() -> URI.create("https://" + hostPrefix + "." + region + "." + suffix));
    }

    /** Signed requests to one service (its SigV4 signing name), over the container's HTTP client. */
    public SignedHttp signedHttp(String signingName) {
        return new SignedHttp(HTTP, credentials(), region().id(), signingName);
    }

    public SdkHttpClient httpClient() {
        return HTTP;
    }

    public Env env() {
        return env;
    }
}
