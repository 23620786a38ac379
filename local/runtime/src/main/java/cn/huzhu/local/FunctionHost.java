package cn.huzhu.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;

/**
 * The functions of template.yaml, one handler instance each (like one warm container), built from the Handler class
 * the template names with the environment the template gives it, and invoked with JSON events as Lambda would.
 *
 * <p>Each function runs from the jar its CodeUri names, in a class loader of its own that sees nothing of this
 * process but the JDK: what the local runtime and its tests run is what is deployed, and a class the jar lacks fails
 * here as it would in Lambda. Without the jars (a build that stopped before packaging) the functions run from this
 * process's class path instead, which CI does not allow.
 */
public final class FunctionHost {
    private final Map<String, Invoker> handlers = new LinkedHashMap<>();
    private final Map<String, FunctionSpec> specs = new LinkedHashMap<>();

    /** One function, ready for events. */
    interface Invoker {
        byte[] invoke(byte[] event, LocalContext context) throws Exception;
    }

    public FunctionHost(LocalDeployment deployment) {
        Path root = ProjectRoot.find();
        boolean fromJars = deployment.template().functions().stream()
                .allMatch(function -> Files.isRegularFile(root.resolve(function.codeUri())));
        if (!fromJars && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("function jars missing: run the build through `mvn package` first");
        }
        if (!fromJars) {
            System.err.println("function jars not built: running the functions from the class path");
        }
        for (FunctionSpec function : deployment.template().functions()) {
            specs.put(function.logicalId(), function);
            Map<String, String> env = deployment.environment(function);
            handlers.put(function.logicalId(), fromJars ? fromJar(function, root.resolve(function.codeUri()), env)
                    : fromClassPath(function, env));
        }
    }

    /** A class loader that sees the jar and the JDK, nothing of this process. */
    static URLClassLoader isolated(FunctionSpec function, Path jar) {
        return new URLClassLoader(function.logicalId(), new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
    }

    /** The function's handler as the Lambda runtime builds it, from the jar's own classes. */
    static Object handlerIn(URLClassLoader loader, FunctionSpec function, Map<String, String> env) throws Exception {
        return withLoader(loader, () -> {
            Class<?> envType = loader.loadClass("cn.huzhu.api.Env");
            Object functionEnv = envType.getConstructor(Map.class).newInstance(env);
            return loader.loadClass(function.handlerClass()).getConstructor(envType).newInstance(functionEnv);
        });
    }

    private static Invoker fromJar(FunctionSpec function, Path jar, Map<String, String> env) {
        URLClassLoader loader = isolated(function, jar);
        try {
            Object handler = handlerIn(loader, function, env);
            Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
            Method handle = handler.getClass().getMethod("handleRequest", InputStream.class, OutputStream.class, contextType);
            return (event, context) -> withLoader(loader, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                handle.invoke(handler, new ByteArrayInputStream(event), out, contextIn(loader, contextType, context));
                return out.toByteArray();
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + function.logicalId() + " from " + jar + ": " + cause(e), cause(e));
        }
    }

    /** The Lambda context as the jar's own Context interface: it cannot see this process's copy of it. */
    private static Object contextIn(ClassLoader loader, Class<?> contextType, LocalContext context) {
        return Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, method, args) -> {
            if (method.getName().equals("getLogger") || method.getName().equals("getIdentity")
                    || method.getName().equals("getClientContext")) {
                return null;
            }
            return LocalContext.class.getMethod(method.getName()).invoke(context);
        });
    }

    private static Invoker fromClassPath(FunctionSpec function, Map<String, String> env) {
        try {
            Class<?> type = Class.forName(function.handlerClass());
            RequestStreamHandler handler = (RequestStreamHandler) type.getConstructor(Env.class).newInstance(new Env(env));
            return (event, context) -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                handler.handleRequest(new ByteArrayInputStream(event), out, context);
                return out.toByteArray();
            };
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + function.logicalId() + ": " + cause(e), cause(e));
        }
    }

    public Map<String, FunctionSpec> functions() {
        return specs;
    }

    public JsonNode invoke(String logicalId, Object event) {
        Invoker handler = handlers.get(logicalId);
        if (handler == null) {
            throw new IllegalArgumentException("no function " + logicalId);
        }
        try {
            byte[] answer = handler.invoke(Json.bytes(event), new LocalContext(logicalId, timeout(logicalId)));
            return Json.tree(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            Throwable cause = cause(e);
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    private int timeout(String logicalId) {
        Object timeout = specs.get(logicalId).properties().get("Timeout");
        return timeout instanceof Number number ? number.intValue() : 29;
    }

    interface Action<T> {
        T run() throws Exception;
    }

    /** Runs with the function's loader as the thread's context loader, as libraries that look it up expect. */
    static <T> T withLoader(ClassLoader loader, Action<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Throwable cause(Throwable e) {
        Throwable cause = e;
        while (cause instanceof InvocationTargetException || cause instanceof UndeclaredThrowableException) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
