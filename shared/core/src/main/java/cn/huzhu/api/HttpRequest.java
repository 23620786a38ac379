package cn.huzhu.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;

/**
 * An API Gateway HTTP API (payload format 2.0) request, decoded: the route that matched, its parameters, the body,
 * and the caller the authorizer vouched for.
 */
public record HttpRequest(
        String routeKey,
        String method,
        String path,
        Map<String, String> headers,
        Map<String, String> query,
        Map<String, String> pathParameters,
        byte[] body,
        Map<String, String> authorizerContext,
        String requestId,
        String sourceIp) {

    public static HttpRequest fromEvent(JsonNode event) {
        JsonNode context = event.path("requestContext");
        byte[] body = new byte[0];
        if (event.hasNonNull("body")) {
            String text = event.get("body").asText();
            body = event.path("isBase64Encoded").asBoolean(false)
                    ? Base64.getDecoder().decode(text)
                    : text.getBytes(StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new HashMap<>();
        strings(event.path("headers")).forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        return new HttpRequest(
                event.path("routeKey").asText(""),
                context.path("http").path("method").asText(""),
                event.path("rawPath").asText(""),
                headers,
                strings(event.path("queryStringParameters")),
                strings(event.path("pathParameters")),
                body,
                strings(context.path("authorizer").path("lambda")),
                context.path("requestId").asText(""),
                context.path("http").path("sourceIp").asText(""));
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new HashMap<>();
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        }
        return values;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public <T> T body(Class<T> type) {
        return Json.read(bodyText(), type);
    }

    public String path(String name) {
        String value = pathParameters.get(name);
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("PATH_PARAMETER_MISSING", "缺少路径参数" + name);
        }
        return value;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isBlank());
    }

    public int queryInt(String name, int fallback, int min, int max) {
        Optional<String> value = query(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < min || number > max) {
                throw DomainException.invalid("QUERY_OUT_OF_RANGE", "参数" + name + "应在" + min + "到" + max + "之间");
            }
            return number;
        } catch (NumberFormatException e) {
            throw DomainException.invalid("QUERY_NOT_A_NUMBER", "参数" + name + "应为整数");
        }
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The caller the authorizer put in the request context; routes without authorizer have none. */
    public Optional<Caller> caller() {
        String username = authorizerContext.get("username");
        Optional<Role> role = Role.parse(authorizerContext.getOrDefault("role", ""));
        if (username == null || role.isEmpty()) {
            return Optional.empty();
        }
        String unitId = authorizerContext.get("unitId");
        return Optional.of(new Caller(username, role.get(), unitId == null || unitId.isEmpty() ? null : unitId,
                authorizerContext.getOrDefault("orgCode", "")));
    }

    public boolean mustChangePassword() {
        return "true".equals(authorizerContext.get("mustChangePassword"));
    }
}
