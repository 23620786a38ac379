package cn.huzhu.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.huzhu.api.Json;

/**
 * Serves the HTTP API on localhost as API Gateway would: matches the template's routes, runs the authorizer for routes
 * that need it, invokes the function with a payload-2.0 event, and answers with what it returned. Everything outside
 * /api/ is the web UI, from the classpath.
 */
public final class LocalGateway implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "json", "application/json", "woff2", "font/woff2", "woff", "font/woff");

    private final HttpServer server;
    private final Map<String, String> pageHeaders;
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private final FunctionHost functions;
    private final RouteTable routes;

    /** @param fileOrigin where browsers send files (the S3 endpoint's origin), allowed by the pages' CSP */
    public LocalGateway(FunctionHost functions, RouteTable routes, int port, String fileOrigin) throws IOException {
        this.functions = functions;
        this.routes = routes;
        this.pageHeaders = WebSecurityHeaders.forPages(fileOrigin);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(workers);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/api/")) {
                api(exchange);
            } else {
                staticFile(exchange, path);
            }
        } catch (RuntimeException e) {
            System.err.println("local gateway: " + e);
            e.printStackTrace();
            send(exchange, 500, Map.of("content-type", "application/json"), bytes("{\"message\":\"Internal Server Error\"}"));
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        ApiEvents.Incoming in = incoming(exchange);
        Optional<RouteTable.Match> match = routes.match(in.method(), in.path());
        if (match.isEmpty()) {
            send(exchange, 404, Map.of("content-type", "application/json"), bytes("{\"message\":\"Not Found\"}"));
            return;
        }
        RouteTable.Entry entry = match.get().entry();
        String routeKey = entry.route().routeKey();
        Map<String, Object> authorizerContext = null;
        if (entry.route().authorized()) {
            if (!in.headers().containsKey("authorization")) {
                send(exchange, 401, Map.of("content-type", "application/json"), bytes("{\"message\":\"Unauthorized\"}"));
                return;
            }
            JsonNode decision = functions.invoke(routes.authorizerFunction(),
                    ApiEvents.authorizer(in, routeKey, match.get().pathParameters()));
            if (!decision.path("isAuthorized").asBoolean(false)) {
                send(exchange, 403, Map.of("content-type", "application/json"), bytes("{\"message\":\"Forbidden\"}"));
                return;
            }
            authorizerContext = Json.convert(decision.path("context"), new TypeReference<Map<String, Object>>() { });
        }
        JsonNode response = functions.invoke(entry.functionId(),
                ApiEvents.request(in, routeKey, match.get().pathParameters(), authorizerContext));
        Map<String, String> headers = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = response.path("headers").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> header = fields.next();
            headers.put(header.getKey(), header.getValue().asText());
        }
        String body = response.path("body").asText("");
        byte[] content = response.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body) : bytes(body);
        send(exchange, response.path("statusCode").asInt(200), headers, content);
    }

    private static ApiEvents.Incoming incoming(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new ApiEvents.Incoming(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body, exchange.getRemoteAddress().getAddress().getHostAddress());
    }

    private void staticFile(HttpExchange exchange, String path) throws IOException {
        String name = path.equals("/") || path.contains("..") ? "/index.html" : path;
        if (LocalGateway.class.getResource("/web" + name) == null) {
            name = "/index.html";
        }
        try (InputStream in = LocalGateway.class.getResourceAsStream("/web" + name)) {
            if (in == null) {
                send(exchange, 404, Map.of("content-type", "text/plain; charset=utf-8"), bytes("web UI not built: run mvn package"));
                return;
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            String cache = name.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
            Map<String, String> headers = new LinkedHashMap<>(pageHeaders);
            headers.put("content-type", TYPES.getOrDefault(extension, "application/octet-stream"));
            headers.put("cache-control", cache);
            send(exchange, 200, headers, in.readAllBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean empty = body.length == 0 || status == 204 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
