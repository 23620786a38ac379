package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.api.Json;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.common.KeyRing;

/** A browser's view of the API over real HTTP: logs in with a captcha, keeps the token, calls routes. */
public final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final CaptchaChallenge captcha;
    private String token;

    public record Response(int status, JsonNode body, HttpResponse<byte[]> raw) {
        public Response expect(int expected) {
            assertThat(status).as("HTTP status, body %s", body).isEqualTo(expected);
            return this;
        }

        public String code() {
            return body == null ? null : body.path("code").asText(null);
        }
    }

    ApiClient(String base, KeyRing tokenKeys) {
        this.base = base;
        this.captcha = new CaptchaChallenge(tokenKeys, Duration.ofMinutes(5));
    }

    public ApiClient login(String username, String password) {
        Response session = tryLogin(username, password);
        session.expect(200);
        token = session.body().path("token").asText();
        return this;
    }

    /** One login attempt with a freshly read captcha, whatever it answers. */
    public Response tryLogin(String username, String password) {
        JsonNode challenge = get("/api/auth/captcha").expect(200).body();
        String answer = captcha.answerOf(challenge.path("captchaId").asText(), Instant.now()).orElseThrow();
        return post("/api/auth/login", Map.of("username", username, "password", password,
                "captchaId", challenge.path("captchaId").asText(), "captchaAnswer", answer));
    }

    public ApiClient withToken(String value) {
        token = value;
        return this;
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body == null ? Map.of() : body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, Object body) {
        return sendRaw(method, path, body == null ? null : Json.write(body));
    }

    /** A request whose body is exactly this text (null for none), as a careless or hostile client sends it. */
    public Response sendRaw(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("content-type").orElse("");
            JsonNode json = type.contains("json") && response.body().length > 0 ? Json.tree(response.body()) : null;
            return new Response(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** PUTs a file to a presigned URL with the headers its ticket names, as the browser does. */
    public static int upload(JsonNode ticket, byte[] content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        ticket.path("headers").properties().forEach(header -> request.header(header.getKey(), header.getValue().asText()));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A roster uploaded for these plans as the wizard uploads it (a ticket, then the file to its URL), and its batch
     * once the import has ended, DONE or FAILED.
     */
    public JsonNode uploadRoster(String enrollmentId, List<String> planCodes, String fileName, byte[] file) {
        JsonNode ticket = post("/api/enrollments/" + enrollmentId + "/roster-uploads",
                Map.of("planCodes", planCodes, "fileName", fileName, "size", file.length)).expect(201).body();
        int uploaded = upload(ticket, file);
        if (uploaded != 200) {
            throw new AssertionError("upload of " + fileName + " answered " + uploaded);
        }
        return await("/api/enrollments/" + enrollmentId + "/batches/" + ticket.path("batch").path("id").asText(),
                batch -> batch.path("status").asText().matches("DONE|FAILED"), Duration.ofSeconds(60));
    }

    /** The same for a roster that must import: its batch, DONE. */
    public JsonNode importRoster(String enrollmentId, String planCode, String fileName, byte[] file) {
        JsonNode batch = uploadRoster(enrollmentId, List.of(planCode), fileName, file);
        if (!batch.path("status").asText().equals("DONE")) {
            throw new AssertionError(fileName + " did not import: " + batch);
        }
        return batch;
    }

    /** GETs a presigned download URL. */
    public static HttpResponse<byte[]> download(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls a GET until the answer satisfies the condition (imports run asynchronously after the upload). */
    public JsonNode await(String path, Predicate<JsonNode> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path).expect(200).body();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not done after " + timeout + ": " + last);
    }

    /**
     * A GET sent from another loopback address (127.0.0.0/8 is all loopback on Linux), as a second visitor would:
     * limits kept per address then apply to it alone, not to the other tests' calls.
     */
    public Response getFrom(String sourceAddress, String pathAndQuery) {
        return sendFrom(sourceAddress, "GET", pathAndQuery, null);
    }

    /** A request with a JSON body (null for none) sent from another loopback address, like {@link #getFrom}. */
    public Response sendFrom(String sourceAddress, String method, String pathAndQuery, Object body) {
        URI uri = URI.create(base);
        byte[] content = body == null ? new byte[0] : Json.bytes(body);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            String head = method + " " + pathAndQuery + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n") + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(0, answer.indexOf("\r\n")).split(" ")[1]);
            String text = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            return new Response(status, text.isEmpty() ? null : Json.tree(text), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh captcha and its answer, as a person reading the picture would type it. */
    public Map<String, String> solvedCaptcha() {
        JsonNode challenge = get("/api/auth/captcha").expect(200).body();
        String id = challenge.path("captchaId").asText();
        return Map.of("captchaId", id, "captchaAnswer", captcha.answerOf(id, Instant.now()).orElseThrow());
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
