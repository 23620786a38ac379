package cn.huzhu.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API Gateway HTTP API payload-format-2.0 events: route requests and authorizer requests. */
final class ApiEvents {
    private ApiEvents() {
    }

    record Incoming(String method, String path, String rawQuery, Map<String, String> headers, byte[] body, String sourceIp) {
    }

    static Map<String, Object> request(Incoming in, String routeKey, Map<String, String> pathParameters,
            Map<String, Object> authorizerContext) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", in.path());
        event.put("rawQueryString", in.rawQuery() == null ? "" : in.rawQuery());
        event.put("headers", in.headers());
        Map<String, String> query = query(in.rawQuery());
        if (!query.isEmpty()) {
            event.put("queryStringParameters", query);
        }
        if (!pathParameters.isEmpty()) {
            event.put("pathParameters", pathParameters);
        }
        Map<String, Object> context = context(in, routeKey);
        if (authorizerContext != null) {
            context.put("authorizer", Map.of("lambda", authorizerContext));
        }
        event.put("requestContext", context);
        if (in.body() != null && in.body().length > 0) {
            boolean text = in.headers().getOrDefault("content-type", "").contains("json")
                    || in.headers().getOrDefault("content-type", "").startsWith("text/");
            event.put("body", text ? new String(in.body(), StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(in.body()));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    static Map<String, Object> authorizer(Incoming in, String routeKey, Map<String, String> pathParameters) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("type", "REQUEST");
        event.put("routeArn", "arn:aws:execute-api:local:000000000000:local/$default/" + routeKey.replace(' ', '/'));
        String authorization = in.headers().get("authorization");
        event.put("identitySource", authorization == null ? List.of() : List.of(authorization));
        event.put("routeKey", routeKey);
        event.put("rawPath", in.path());
        event.put("rawQueryString", in.rawQuery() == null ? "" : in.rawQuery());
        event.put("headers", in.headers());
        event.put("pathParameters", pathParameters);
        event.put("requestContext", context(in, routeKey));
        return event;
    }

    private static Map<String, Object> context(Incoming in, String routeKey) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", in.headers().getOrDefault("host", "localhost"));
        context.put("http", Map.of("method", in.method(), "path", in.path(), "protocol", "HTTP/1.1",
                "sourceIp", in.sourceIp(), "userAgent", in.headers().getOrDefault("user-agent", "")));
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("timeEpoch", Instant.now().toEpochMilli());
        return context;
    }

    static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.merge(name, value, (a, b) -> a + "," + b);
        }
        return query;
    }

    /** An S3 ObjectCreated notification as S3 delivers it to Lambda (the key URL-encoded). */
    static Map<String, Object> objectCreated(String bucket, String key, long size, String eTag) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        object.put("size", size);
        object.put("eTag", eTag == null ? "" : eTag.replace("\"", ""));
        object.put("sequencer", Long.toHexString(System.nanoTime()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", "local");
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", "ObjectCreated:Put");
        record.put("s3", Map.of("s3SchemaVersion", "1.0", "bucket", Map.of("name", bucket, "arn", "arn:aws:s3:::" + bucket),
                "object", object));
        return Map.of("Records", List.of(record));
    }
}
