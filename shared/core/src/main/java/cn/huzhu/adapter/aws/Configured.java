package cn.huzhu.adapter.aws;

import java.time.Instant;
import java.util.function.Function;

import cn.huzhu.api.Env;

/**
 * What a function builds from its configuration (its use cases and clients), built once per container and built again
 * when the stack's runtime configuration changes, so a changed setting reaches warm containers too.
 */
public final class Configured<T> {
    private final RuntimeConfig config;
    private final Function<Env, T> build;
    private volatile T current;

    public Configured(Env env, Function<Env, T> build) {
        this.config = RuntimeConfig.of(env);
        this.build = build;
        this.current = build.apply(config.env());
    }

    public T get() {
        if (config.refreshIfDue(Instant.now())) {
            rebuild();
        }
        return current;
    }

    private synchronized void rebuild() {
        current = build.apply(config.env());
    }

    /** After a SnapStart restore: look at the configuration on the next call. */
    public void checkNow() {
        config.checkNow();
    }
}
