package cn.huzhu.api;

import java.util.Map;
import java.util.Optional;

/**
 * A function's configuration: in AWS the process environment SAM sets from template.yaml; in the local runtime and in
 * tests a map built from the same template.
 */
public final class Env {
    private final Map<String, String> values;

    public Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /** Every value, as given. */
    public Map<String, String> values() {
        return values;
    }

    /** The same configuration with these values set (e.g. a test pointing mail at a server that is down). */
    public Env with(Map<String, String> overrides) {
        Map<String, String> merged = new java.util.HashMap<>(values);
        merged.putAll(overrides);
        return new Env(merged);
    }
}
