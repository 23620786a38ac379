package cn.huzhu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import cn.huzhu.api.Json;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.common.KeyRing;

/** A signed-in caller of the local system's API, as the web UI calls it: JSON over HTTP with a bearer token. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;

    private Http(String base) {
        this.base = base;
    }

    /** Logs in through the captcha, answered with the token ring the system was started with. */
    static Http login(String base, KeyRing tokenKeys, String username, String password) {
        Http http = new Http(base);
        JsonNode challenge = http.call("GET", "/api/auth/captcha", null, 200);
        String id = challenge.path("captchaId").asText();
        String answer = new CaptchaChallenge(tokenKeys, Duration.ofMinutes(5)).answerOf(id, Instant.now()).orElseThrow();
        http.token = http.call("POST", "/api/auth/login", Map.of("username", username, "password", password,
                "captchaId", id, "captchaAnswer", answer), 200).path("token").asText();
        return http;
    }

    JsonNode call(String method, String path, Object body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .header("content-type", "application/json");
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? NullNode.getInstance() : Json.tree(response.body());
    }

    /** PUTs a file to a presigned upload URL with the headers its ticket names. */
    static void upload(JsonNode ticket, byte[] content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        ticket.path("headers").fields().forEachRemaining(h -> {
            if (!h.getKey().equalsIgnoreCase("content-length") && !h.getKey().equalsIgnoreCase("host")) {
                request.header(h.getKey(), h.getValue().asText());
            }
        });
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("upload answered " + response.statusCode());
        }
    }

    /** Polls a GET every 20 ms until the answer satisfies the condition; returns that answer. */
    JsonNode await(String path, Predicate<JsonNode> done, Duration timeout) {
        return await(path, done, timeout, Duration.ofMillis(20));
    }

    /** Polls a GET every {@code every} until the answer satisfies the condition; returns that answer. */
    JsonNode await(String path, Predicate<JsonNode> done, Duration timeout, Duration every) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode answer = call("GET", path, null, 200);
            if (done.test(answer)) {
                return answer;
            }
            sleep(every.toMillis());
        }
        throw new IllegalStateException("not done after " + timeout + ": " + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
