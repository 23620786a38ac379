package cn.huzhu.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;

/**
 * The functions of template.yaml, one handler instance each (like one warm container), built from the Handler class
 * the template names with the environment the template gives it, and invoked with JSON events as Lambda would.
 */
public final class FunctionHost {
    private final Map<String, RequestStreamHandler> handlers = new LinkedHashMap<>();
    private final Map<String, FunctionSpec> specs = new LinkedHashMap<>();

    public FunctionHost(LocalDeployment deployment) {
        for (FunctionSpec function : deployment.template().functions()) {
            specs.put(function.logicalId(), function);
            handlers.put(function.logicalId(), instantiate(function, new Env(deployment.environment(function))));
        }
    }

    private static RequestStreamHandler instantiate(FunctionSpec function, Env env) {
        try {
            Class<?> type = Class.forName(function.handlerClass());
            return (RequestStreamHandler) type.getConstructor(Env.class).newInstance(env);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot start " + function.logicalId() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(function.logicalId() + ": " + function.handlerClass()
                    + " needs a public constructor taking Env", e);
        }
    }

    public Map<String, FunctionSpec> functions() {
        return specs;
    }

    public JsonNode invoke(String logicalId, Object event) {
        RequestStreamHandler handler = handlers.get(logicalId);
        if (handler == null) {
            throw new IllegalArgumentException("no function " + logicalId);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out,
                    new LocalContext(logicalId, timeout(logicalId)));
            return Json.MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int timeout(String logicalId) {
        Object timeout = specs.get(logicalId).properties().get("Timeout");
        return timeout instanceof Number number ? number.intValue() : 29;
    }
}
