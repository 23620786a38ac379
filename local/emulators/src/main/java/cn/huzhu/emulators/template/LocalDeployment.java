package cn.huzhu.emulators.template;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The template deployed to a set of AWS endpoints (the embedded emulators, LocalDeployment, or a real account): resources
 * created, and each function's environment as CloudFormation would set it, plus the SDK variables of the endpoints.
 */
public final class LocalDeployment {
    public static final String STACK_NAME = "huzhu-local";
    public static final String ACCOUNT_ID = "000000000000";

    private final SamTemplate template;
    private final Intrinsics intrinsics;
    private final Map<String, String> aws;
    private final Map<String, String> resources;

    private LocalDeployment(SamTemplate template, Intrinsics intrinsics, Map<String, String> aws, Map<String, String> resources) {
        this.template = template;
        this.intrinsics = intrinsics;
        this.aws = aws;
        this.resources = resources;
    }

    public static LocalDeployment deploy(Path templateFile, Map<String, String> aws, Map<String, String> parameters) {
        return deploy(templateFile, aws, parameters, Map.of());
    }

    /**
     * @param aws the SDK variables of the endpoints (AWS_REGION, AWS_ENDPOINT_URL_*, credentials)
     * @param parameters values of the template's parameters
     * @param secretValues values of secrets by logical id (e.g. a token key ring tests know); the others are generated
     *     as the template says, once, and kept
     */
    public static LocalDeployment deploy(Path templateFile, Map<String, String> aws, Map<String, String> parameters,
            Map<String, String> secretValues) {
        SamTemplate template = SamTemplate.load(templateFile);
        Map<String, String> values = new LinkedHashMap<>(parameters);
        values.putIfAbsent("PublicWebUrl", "http://localhost:8080/");
        values.putIfAbsent("MailFrom", "noreply@huzhu.local");
        // the embedded emulators include SES; an SMTP relay is for a real stack in a region without SES
        values.putIfAbsent("MailTransport", "SES");
        values.putIfAbsent("Stage", "dev");
        String region = aws.getOrDefault("AWS_REGION", "cn-north-1");
        Intrinsics intrinsics = new Intrinsics(template, STACK_NAME, region, ACCOUNT_ID, values);
        List<String> refused = intrinsics.ruleViolations();
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("template.yaml's Rules refuse these parameters: " + String.join("; ", refused));
        }
        try (DynamoDbClient dynamo = dynamo(aws); S3Client s3 = s3(aws); SsmClient ssm = ssm(aws);
                SecretsManagerClient secrets = secrets(aws)) {
            Map<String, String> resources = new LocalResources(template, intrinsics).create(dynamo, s3, ssm, secrets,
                    secretValues);
            return new LocalDeployment(template, intrinsics, Map.copyOf(aws), resources);
        }
    }

    public SamTemplate template() {
        return template;
    }

    public Intrinsics intrinsics() {
        return intrinsics;
    }

    /** Logical id → physical name of the tables and buckets. */
    public Map<String, String> resources() {
        return resources;
    }

    /** What a function sees in its environment: its template variables resolved, then the endpoints' SDK variables. */
    public Map<String, String> environment(FunctionSpec function) {
        Map<String, String> env = new LinkedHashMap<>(intrinsics.resolveAll(function.environment()));
        env.putAll(aws);
        return env;
    }

    public Map<String, String> aws() {
        return aws;
    }

    static DynamoDbClient dynamo(Map<String, String> aws) {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(aws.getOrDefault("AWS_REGION", "cn-north-1")));
        credentials(aws, builder);
        endpoint(aws, "DYNAMODB").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static SsmClient ssm(Map<String, String> aws) {
        var builder = SsmClient.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(aws.getOrDefault("AWS_REGION", "cn-north-1")));
        credentials(aws, builder);
        endpoint(aws, "SSM").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static SecretsManagerClient secrets(Map<String, String> aws) {
        var builder = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(aws.getOrDefault("AWS_REGION", "cn-north-1")));
        credentials(aws, builder);
        endpoint(aws, "SECRETS_MANAGER").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static S3Client s3(Map<String, String> aws) {
        var builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(aws.getOrDefault("AWS_REGION", "cn-north-1")))
                .forcePathStyle(Boolean.parseBoolean(aws.getOrDefault("S3_FORCE_PATH_STYLE", "false")));
        credentials(aws, builder);
        endpoint(aws, "S3").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static void credentials(Map<String, String> aws,
            software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<?, ?> builder) {
        if (aws.containsKey("AWS_ACCESS_KEY_ID")) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(aws.get("AWS_ACCESS_KEY_ID"), aws.get("AWS_SECRET_ACCESS_KEY"))));
        }
    }

    private static java.util.Optional<URI> endpoint(Map<String, String> aws, String service) {
        return java.util.Optional.ofNullable(aws.getOrDefault("AWS_ENDPOINT_URL_" + service, aws.get("AWS_ENDPOINT_URL")))
                .map(URI::create);
    }
}
