package cn.huzhu.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded AWS emulators together (DynamoDB, SES, S3, SSM parameters with Secrets Manager), and the SDK settings
 * that point a client at them.
 */
public final class Emulators implements AutoCloseable {
    public static final String REGION = "cn-north-1";

    private final NodeEmulator dynamo;
    private final NodeEmulator ses;
    private final S3Emulator s3;
    private final ConfigEmulator config;

    private Emulators(NodeEmulator dynamo, NodeEmulator ses, S3Emulator s3, ConfigEmulator config) {
        this.dynamo = dynamo;
        this.ses = ses;
        this.s3 = s3;
        this.config = config;
    }

    public static Emulators start(Path root) {
        return start(root, null);
    }

    /**
     * @param data a folder that keeps tables, objects, parameters and secrets between runs (mail stays in memory);
     *     null keeps everything in memory
     */
    public static Emulators start(Path root, Path data) {
        return start(root, data, 0);
    }

    /**
     * @param inboxPort where the SES emulator (and its web inbox) listens; 0 for any free port
     */
    public static Emulators start(Path root, Path data, int inboxPort) {
        NodeEmulator dynamo = NodeEmulator.dynalite(root, data == null ? null : folder(data.resolve("dynamodb")));
        NodeEmulator ses = null;
        try {
            ses = NodeEmulator.sesV2(root, inboxPort);
            return new Emulators(dynamo, ses, S3Emulator.start(data == null ? null : data.resolve("s3")),
                    ConfigEmulator.start(data == null ? null : folder(data).resolve("config.json")));
        } catch (RuntimeException e) {
            dynamo.close();
            if (ses != null) {
                ses.close();
            }
            throw e;
        }
    }

    private static Path folder(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The processor time the DynamoDB emulator has used so far, where the system reports it. */
    public java.util.Optional<java.time.Duration> dynamoCpuTime() {
        return dynamo.cpuTime();
    }

    public URI dynamoEndpoint() {
        return dynamo.endpoint();
    }

    public URI sesEndpoint() {
        return ses.endpoint();
    }

    public URI s3Endpoint() {
        return s3.endpoint();
    }

    public S3Emulator s3() {
        return s3;
    }

    /** The standard SDK variables (AWS_REGION, AWS_ENDPOINT_URL_*, credentials) for these emulators. */
    public Map<String, String> awsEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", REGION);
        env.put("AWS_ACCESS_KEY_ID", S3Emulator.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", S3Emulator.SECRET_KEY);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint().toString());
        env.put("AWS_ENDPOINT_URL_S3", s3Endpoint().toString());
        env.put("AWS_ENDPOINT_URL_SESV2", sesEndpoint().toString());
        env.put("AWS_ENDPOINT_URL_SSM", config.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", config.endpoint().toString());
        env.put("S3_FORCE_PATH_STYLE", "true");
        return env;
    }

    @Override
    public void close() {
        config.close();
        s3.close();
        ses.close();
        dynamo.close();
    }
}
