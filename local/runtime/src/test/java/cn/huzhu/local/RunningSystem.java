package cn.huzhu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import cn.huzhu.adapter.aws.RuntimeConfig;
import cn.huzhu.api.Env;
import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.emulators.template.FunctionSpec;

/**
 * The whole local system, started once per test JVM on a free port with a token secret the tests know (so they can
 * read captchas the way a person reads the picture), and stopped when the JVM exits.
 */
public final class RunningSystem {
    public static final String TOKEN_SECRET = "e2e-token-secret-0123456789abcdef0123456789";
    /** The token key ring the system runs with: tests read captchas with it as a person reads the picture. */
    public static final KeyRing TOKEN_KEYS = KeyRing.of("e2e", Map.of("e2e", TOKEN_SECRET), "the test token ring");
    private static LocalRuntime runtime;

    private RunningSystem() {
    }

    public static synchronized LocalRuntime get() {
        if (runtime == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            try {
                runtime = new LocalRuntime(new LocalRuntime.Options(0, null, "cn-north-1", true,
                        Map.of("MailFrom", "noreply@huzhu.test", "SettingsCacheSeconds", "1"), Map.of(),
                        Map.of("TokenKeys", "{\"current\":\"e2e\",\"e2e\":\"" + TOKEN_SECRET + "\"}")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalRuntime started = runtime;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-runtime-stop"));
        }
        return runtime;
    }

    /** A function's configuration as the function reads it: its environment and the stack's runtime configuration. */
    public static Env configured(FunctionSpec function) {
        return RuntimeConfig.of(new Env(get().deployment().environment(function))).env();
    }

    public static ApiClient client() {
        return client(get());
    }

    public static ApiClient client(LocalRuntime runtime) {
        return new ApiClient(runtime.url(), TOKEN_KEYS);
    }
}
