package cn.huzhu.adapter.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A secret kept in Secrets Manager as plain text (the SMTP password), read when first needed and again after a few
 * minutes, so a password the office changes reaches warm containers.
 */
public final class SecretText implements Supplier<String> {
    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final AwsJsonCall secrets;
    private final String secretId;
    private final Clock clock;
    private String value;
    private Instant readAt = Instant.MIN;

    SecretText(AwsJsonCall secrets, String secretId, Clock clock) {
        this.secrets = secrets;
        this.secretId = secretId;
        this.clock = clock;
    }

    public static SecretText of(AwsSettings aws, String secretId) {
        return new SecretText(AwsJsonCall.secretsManager(aws), secretId, Clock.systemUTC());
    }

    @Override
    public synchronized String get() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(readAt.plus(REFRESH))) {
            value = secrets.call("GetSecretValue", Map.of("SecretId", secretId)).path("SecretString").asText();
            readAt = now;
        }
        return value;
    }
}
