package cn.huzhu.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cn.huzhu.api.Env;
import cn.huzhu.testing.TestAws;

/**
 * The runtime configuration against the Systems Manager emulator: read at start, and read again when its version
 * changed, so a deploy that changes only parameters reaches containers already running.
 */
class RuntimeConfigTest {
    /** A function's environment in AWS: the SDK's variables, and the parameter's name added per test. */
    private final Env env = new Env(TestAws.emulators().awsEnvironment());
    private final AwsJsonCall ssm = AwsJsonCall.ssm(new AwsSettings(env));

    private String parameter(String json) {
        String name = "/test-" + UUID.randomUUID() + "/runtime-config";
        ssm.call("PutParameter", Map.of("Name", name, "Value", json, "Type", "String", "Overwrite", true));
        return name;
    }

    @Test
    void aChangedParameterReachesAWarmContainerAtItsNextCheck() {
        String name = parameter("{\"MAIL_FROM\":\"old@huzhu.test\",\"STAGE\":\"dev\"}");
        RuntimeConfig config = RuntimeConfig.of(env.with(Map.of(RuntimeConfig.PARAMETER, name, "CONFIG_CHECK_SECONDS", "60")));
        assertThat(config.env().require("MAIL_FROM")).isEqualTo("old@huzhu.test");
        assertThat(config.env().require("AWS_REGION")).isEqualTo(env.require("AWS_REGION"));
        ssm.call("PutParameter", Map.of("Name", name, "Value", "{\"MAIL_FROM\":\"new@huzhu.test\"}", "Type", "String",
                "Overwrite", true));
        assertThat(config.refreshIfDue(Instant.now())).as("not due for a minute").isFalse();
        assertThat(config.env().require("MAIL_FROM")).isEqualTo("old@huzhu.test");
        assertThat(config.refreshIfDue(Instant.now().plusSeconds(61))).isTrue();
        assertThat(config.env().require("MAIL_FROM")).isEqualTo("new@huzhu.test");
        assertThat(config.refreshIfDue(Instant.now().plusSeconds(200))).as("read again, unchanged").isFalse();
    }

    @Test
    void whatIsBuiltFromItIsBuiltAgainOnlyWhenItChanged() {
        String name = parameter("{\"PUBLIC_WEB_URL\":\"https://a.example.cn/\"}");
        AtomicInteger builds = new AtomicInteger();
        Configured<String> url = new Configured<>(env.with(Map.of(RuntimeConfig.PARAMETER, name,
                "CONFIG_CHECK_SECONDS", "0")), config -> builds.incrementAndGet() + " " + config.require("PUBLIC_WEB_URL"));
        assertThat(url.get()).isEqualTo("1 https://a.example.cn/");
        assertThat(url.get()).isEqualTo("1 https://a.example.cn/");
        ssm.call("PutParameter", Map.of("Name", name, "Value", "{\"PUBLIC_WEB_URL\":\"https://b.example.cn/\"}",
                "Type", "String", "Overwrite", true));
        assertThat(url.get()).isEqualTo("2 https://b.example.cn/");
        assertThat(url.get()).isEqualTo("2 https://b.example.cn/");
    }

    @Test
    void aVariableOfTheEnvironmentWinsOverTheParameter() {
        String name = parameter("{\"MAIL_FROM\":\"stack@huzhu.test\",\"STAGE\":\"prod\"}");
        Env configured = RuntimeConfig.of(env.with(Map.of(RuntimeConfig.PARAMETER, name, "MAIL_FROM", "one@huzhu.test")))
                .env();
        assertThat(configured.require("MAIL_FROM")).isEqualTo("one@huzhu.test");
        assertThat(configured.require("STAGE")).isEqualTo("prod");
    }

    @Test
    void withoutAParameterTheEnvironmentIsTheConfiguration() {
        RuntimeConfig config = RuntimeConfig.of(new Env(Map.of("TABLE_NAME", "t")));
        assertThat(config.env().require("TABLE_NAME")).isEqualTo("t");
        assertThat(config.refreshIfDue(Instant.MAX)).isFalse();
    }
}
