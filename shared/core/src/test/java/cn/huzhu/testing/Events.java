package cn.huzhu.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.huzhu.api.Json;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.emulators.ProjectRoot;

/** The fixtures in events/, adjusted per test, and handlers invoked with them as Lambda would (JSON in, JSON out). */
public final class Events {
    private Events() {
    }

    public static ObjectNode load(String name) {
        try {
            return (ObjectNode) Json.tree(Files.readString(ProjectRoot.find().resolve("events").resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** events/authorizer-request.json carrying a bearer token, in its header and as the identity source. */
    public static ObjectNode authorizer(String token) {
        ObjectNode event = load("authorizer-request.json");
        ((ObjectNode) event.get("headers")).put("authorization", "Bearer " + token);
        event.putArray("identitySource").add("Bearer " + token);
        return event;
    }

    /** events/api-request.json for a route, with path parameters, the caller and a JSON body. */
    public static ObjectNode api(String routeKey, Map<String, String> pathParameters, Caller caller, Object body) {
        ObjectNode event = load("api-request.json");
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        ObjectNode parameters = event.putObject("pathParameters");
        pathParameters.forEach(parameters::put);
        ObjectNode context = (ObjectNode) event.get("requestContext");
        context.put("routeKey", routeKey);
        ((ObjectNode) context.get("http")).put("method", routeKey.substring(0, routeKey.indexOf(' '))).put("path", path);
        if (caller == null) {
            context.remove("authorizer");
        } else {
            ObjectNode lambda = (ObjectNode) context.get("authorizer").get("lambda");
            lambda.put("username", caller.username()).put("role", caller.role().name())
                    .put("unitId", caller.unitId() == null ? "" : caller.unitId()).put("orgCode", caller.orgCode());
        }
        if (body != null) {
            event.put("body", Json.write(body));
        }
        return event;
    }

    public static JsonNode invoke(RequestStreamHandler handler, JsonNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Json.bytes(event)), out, null);
            return Json.tree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed body of an HTTP API response event. */
    public static JsonNode body(JsonNode response) {
        return Json.tree(response.path("body").asText());
    }
}
