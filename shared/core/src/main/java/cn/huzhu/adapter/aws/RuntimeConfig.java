package cn.huzhu.adapter.aws;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.api.Env;

/**
 * A function's configuration: its environment, and the stack's runtime configuration when CONFIG_PARAMETER names one (a
 * Systems Manager parameter holding a JSON object of settings: table and bucket names, mail, the public address, the
 * secrets' ARNs). The deploy writes the parameter; the functions read it at start and look again every
 * CONFIG_CHECK_SECONDS (60), so a changed parameter reaches every container, the ones already warm included, without a
 * new version of the code.
 */
public final class RuntimeConfig {
    public static final String PARAMETER = "CONFIG_PARAMETER";

    private final Env base;
    private final AwsJsonCall ssm;
    private final String name;
    private final Duration checkEvery;
    private volatile Env current;
    private volatile long version;
    private volatile Instant nextCheck;

    private RuntimeConfig(Env base, AwsJsonCall ssm, String name, Duration checkEvery) {
        this.base = base;
        this.ssm = ssm;
        this.name = name;
        this.checkEvery = checkEvery;
    }

    /** The configuration of an environment: read now, once, when it names a parameter. */
    public static RuntimeConfig of(Env base) {
        String name = base.get(PARAMETER).orElse(null);
        AwsJsonCall ssm = name == null ? null : AwsJsonCall.ssm(new AwsSettings(base));
        RuntimeConfig config = new RuntimeConfig(base, ssm, name,
                Duration.ofSeconds(Long.parseLong(base.get("CONFIG_CHECK_SECONDS", "60"))));
        config.load(Instant.now());
        return config;
    }

    public Env env() {
        return current;
    }

    /** Reads the parameter again when a check is due; true when it changed (and {@link #env} now gives the new one). */
    public boolean refreshIfDue(Instant now) {
        if (name == null || now.isBefore(nextCheck)) {
            return false;
        }
        long before = version;
        load(now);
        return version != before;
    }

    /** The next call checks: after a SnapStart restore the snapshot's configuration may be old. */
    public void checkNow() {
        nextCheck = Instant.MIN;
    }

    private synchronized void load(Instant now) {
        if (name == null) {
            current = base;
            nextCheck = Instant.MAX;
            return;
        }
        JsonNode parameter = ssm.call("GetParameter", Map.of("Name", name)).path("Parameter");
        long read = parameter.path("Version").asLong();
        if (current == null || read != version) {
            // a variable set in the environment wins, so one function (or a test) can be given another value
            current = new Env(values(parameter.path("Value").asText())).with(base.values());
            version = read;
        }
        nextCheck = now.plus(checkEvery);
    }

    private static Map<String, String> values(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            cn.huzhu.api.Json.tree(json).properties()
                    .forEach(field -> values.put(field.getKey(), field.getValue().asText()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the runtime configuration is not a JSON object", e);
        }
        return values;
    }
}
