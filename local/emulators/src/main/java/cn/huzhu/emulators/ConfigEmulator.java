package cn.huzhu.emulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The two configuration services the functions read at start, as far as the stack uses them, speaking their real
 * protocol (JSON 1.1, the operation in X-Amz-Target): Systems Manager parameters (GetParameter, PutParameter) and
 * Secrets Manager (CreateSecret, GetSecretValue, PutSecretValue). In memory, or kept in a file when the local runtime
 * keeps its data.
 */
public final class ConfigEmulator implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Path file;
    private final Map<String, Entry> parameters = new LinkedHashMap<>();
    private final Map<String, Entry> secrets = new LinkedHashMap<>();

    /** A parameter's or secret's value and version. */
    record Entry(String value, long version) {
    }

    private ConfigEmulator(HttpServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** @param file where to keep the values between runs; null keeps them in memory */
    public static ConfigEmulator start(Path file) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            ConfigEmulator emulator = new ConfigEmulator(server, file);
            emulator.load();
            server.createContext("/", emulator::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "config-emulator");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = JSON.readTree(in.readAllBytes());
            }
            ObjectNode answer;
            int status = 200;
            try {
                answer = answer(target == null ? "" : target, request);
            } catch (Refusal refusal) {
                status = 400;
                answer = JSON.createObjectNode().put("__type", refusal.type).put("message", refusal.getMessage());
            }
            byte[] body = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private synchronized ObjectNode answer(String target, JsonNode request) {
        return switch (target) {
            case "AmazonSSM.GetParameter" -> getParameter(request.path("Name").asText());
            case "AmazonSSM.PutParameter" -> putParameter(request);
            case "secretsmanager.CreateSecret" -> createSecret(request);
            case "secretsmanager.GetSecretValue" -> getSecret(name(request.path("SecretId").asText()));
            case "secretsmanager.PutSecretValue" -> putSecret(name(request.path("SecretId").asText()),
                    request.path("SecretString").asText());
            default -> throw new Refusal("UnknownOperationException", "not emulated: " + target);
        };
    }

    private ObjectNode getParameter(String name) {
        Entry entry = parameters.get(name);
        if (entry == null) {
            throw new Refusal("ParameterNotFound", name);
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("Parameter").put("Name", name).put("Type", "String").put("Value", entry.value())
                .put("Version", entry.version());
        return answer;
    }

    private ObjectNode putParameter(JsonNode request) {
        String name = request.path("Name").asText();
        Entry old = parameters.get(name);
        if (old != null && !request.path("Overwrite").asBoolean(false)) {
            throw new Refusal("ParameterAlreadyExists", name);
        }
        Entry entry = new Entry(request.path("Value").asText(), old == null ? 1 : old.version() + 1);
        parameters.put(name, entry);
        save();
        return JSON.createObjectNode().put("Version", entry.version());
    }

    private ObjectNode createSecret(JsonNode request) {
        String name = request.path("Name").asText();
        if (secrets.containsKey(name)) {
            throw new Refusal("ResourceExistsException", name);
        }
        return putSecret(name, request.path("SecretString").asText());
    }

    private ObjectNode getSecret(String name) {
        Entry entry = secrets.get(name);
        if (entry == null) {
            throw new Refusal("ResourceNotFoundException", name);
        }
        return JSON.createObjectNode().put("ARN", arn(name)).put("Name", name).put("SecretString", entry.value())
                .put("VersionId", "v" + entry.version()).put("CreatedDate", 0);
    }

    private ObjectNode putSecret(String name, String value) {
        Entry old = secrets.get(name);
        Entry entry = new Entry(value, old == null ? 1 : old.version() + 1);
        secrets.put(name, entry);
        save();
        return JSON.createObjectNode().put("ARN", arn(name)).put("Name", name).put("VersionId", "v" + entry.version());
    }

    /** The ARN CloudFormation's Ref gives a secret: what the functions are configured with. */
    public static String arn(String name) {
        return "arn:aws:secretsmanager:" + Emulators.REGION + ":000000000000:secret:" + name;
    }

    private static String name(String secretId) {
        int at = secretId.indexOf(":secret:");
        return at < 0 ? secretId : secretId.substring(at + ":secret:".length());
    }

    private void load() throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        JsonNode stored = JSON.readTree(file.toFile());
        stored.path("parameters").fields().forEachRemaining(f -> parameters.put(f.getKey(),
                new Entry(f.getValue().path("value").asText(), f.getValue().path("version").asLong())));
        stored.path("secrets").fields().forEachRemaining(f -> secrets.put(f.getKey(),
                new Entry(f.getValue().path("value").asText(), f.getValue().path("version").asLong())));
    }

    private void save() {
        if (file == null) {
            return;
        }
        ObjectNode stored = JSON.createObjectNode();
        ObjectNode p = stored.putObject("parameters");
        parameters.forEach((name, entry) -> p.putObject(name).put("value", entry.value()).put("version", entry.version()));
        ObjectNode s = stored.putObject("secrets");
        secrets.forEach((name, entry) -> s.putObject(name).put("value", entry.value()).put("version", entry.version()));
        try {
            Path temporary = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored));
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String type;

        Refusal(String type, String message) {
            super(message);
            this.type = type;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
