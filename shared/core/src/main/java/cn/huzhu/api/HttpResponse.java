package cn.huzhu.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP API (payload format 2.0) response. */
public record HttpResponse(int statusCode, Map<String, String> headers, String body, boolean isBase64Encoded) {
    private static final String JSON = "application/json; charset=utf-8";

    public static HttpResponse json(int status, Object body) {
        return new HttpResponse(status, baseHeaders(JSON), Json.write(body), false);
    }

    public static HttpResponse ok(Object body) {
        return json(200, body);
    }

    public static HttpResponse created(Object body) {
        return json(201, body);
    }

    public static HttpResponse noContent() {
        return new HttpResponse(204, baseHeaders(null), "", false);
    }

    /** A file the browser saves: the bytes travel base64-encoded, as API Gateway expects for binary bodies. */
    public static HttpResponse file(byte[] content, String contentType, String fileName) {
        Map<String, String> headers = baseHeaders(contentType);
        headers.put("content-disposition", ContentDisposition.attachment(fileName));
        return new HttpResponse(200, headers, Base64.getEncoder().encodeToString(content), true);
    }

    public static HttpResponse error(int status, String code, String message, Object details, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        if (details != null) {
            body.put("details", details);
        }
        if (requestId != null && !requestId.isEmpty()) {
            body.put("requestId", requestId);
        }
        return new HttpResponse(status, baseHeaders(JSON), Json.write(body), false);
    }

    public byte[] bodyBytes() {
        return isBase64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> baseHeaders(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        headers.put("cache-control", "no-store");
        headers.put("x-content-type-options", "nosniff");
        return headers;
    }
}
