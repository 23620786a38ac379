package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;

/**
 * SnapStart's hook, called as the Lambda runtime calls it before a snapshot: every API function, loaded from its
 * deployable jar, registers for it and primes itself without reaching any storage (the storage endpoints here are a
 * closed port, so a priming step that read or wrote anything would fail; the configuration and keys a function reads
 * when it is built stay reachable, as they are while Lambda initialises a function). Building the handler and its
 * priming request (read, routed, answered) never start Jackson's object mapper, whose start-up a cold start used to pay.
 */
class SnapshotPrimingTest {
    private static final String CLOSED_PORT = "http://127.0.0.1:9";
    private static final String OBJECT_MAPPER = "com.fasterxml.jackson.databind.ObjectMapper";

    /** A function's own class loader that can tell which classes it has loaded. */
    private static final class WatchedLoader extends URLClassLoader {
        WatchedLoader(String name, Path jar) throws MalformedURLException {
            super(name, new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        }

        boolean hasLoaded(String className) {
            return findLoadedClass(className) != null;
        }
    }

    @Test
    void everyApiFunctionPrimesFromItsJarWithStorageOutOfReach() throws Exception {
        LocalDeployment deployment = RunningSystem.get().deployment();
        List<FunctionSpec> apiFunctions = deployment.template().functions().stream()
                .filter(function -> !function.routes().isEmpty()).toList();
        assertThat(apiFunctions).hasSizeGreaterThanOrEqualTo(5);
        for (FunctionSpec function : apiFunctions) {
            Path jar = ProjectRoot.find().resolve(function.codeUri());
            if (!Files.isRegularFile(jar)) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new AssertionError(jar + " was not built");
                }
                Assumptions.abort(jar + " not built yet: run mvn verify from the top");
            }
            try (WatchedLoader loader = new WatchedLoader(function.logicalId(), jar)) {
                Object handler = FunctionHost.handlerIn(loader, function, offline(deployment.environment(function)));
                Class<?> resource = loader.loadClass("org.crac.Resource");
                assertThat(resource.isInstance(handler)).as("%s registers for SnapStart's hooks", function.logicalId()).isTrue();
                Class<?> context = loader.loadClass("org.crac.Context");
                FunctionHost.withLoader(loader,
                        () -> resource.getMethod("beforeCheckpoint", context).invoke(handler, (Object) null));
                assertThat(loader.hasLoaded("com.fasterxml.jackson.core.JsonFactory")).as("%s read JSON", function.logicalId())
                        .isTrue();
                assertThat(loader.hasLoaded(OBJECT_MAPPER)).as("%s started the object mapper", function.logicalId()).isFalse();
            }
        }
    }

    private static Map<String, String> offline(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        for (String storage : List.of("DYNAMODB", "S3", "SESV2")) {
            env.put("AWS_ENDPOINT_URL_" + storage, CLOSED_PORT);
        }
        env.put("AWS_ENDPOINT_URL", CLOSED_PORT);
        return env;
    }
}
