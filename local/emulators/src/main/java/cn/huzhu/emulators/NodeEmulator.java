package cn.huzhu.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An emulator that runs as a Node.js program from local/emulators/node_modules, on a free loopback port. */
public final class NodeEmulator implements AutoCloseable {
    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private NodeEmulator(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * dynalite makes and drops several short-lived objects per item (its validation, the JSON it stores each item as);
     * a larger young generation than V8's default is collected less often. For the same 9,800 members written, their
     * cover looked up and then written (six rounds, three runs each way), dynalite used about 7 % less processor time.
     */
    public static final List<String> DYNALITE_NODE_OPTIONS = List.of("--max-semi-space-size=64");

    /** dynalite, tables active at once: in memory, or kept in {@code data} (a LevelDB folder) when given. */
    public static NodeEmulator dynalite(Path root, Path data) {
        List<String> args = new ArrayList<>(List.of("--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (data != null) {
            args.addAll(List.of("--path", data.toString()));
        }
        return start("dynalite", root, DYNALITE_NODE_OPTIONS, "dynalite/cli.js", 0, args.toArray(String[]::new));
    }

    /** aws-ses-v2-local: SES v2 API plus GET /store with the mail it received. */
    public static NodeEmulator sesV2(Path root) {
        return sesV2(root, 0);
    }

    /** @param port where its web inbox listens; 0 for any free port */
    public static NodeEmulator sesV2(Path root, int port) {
        return start("aws-ses-v2-local", root, List.of(), "aws-ses-v2-local/dist/cli.js", port);
    }

    private static NodeEmulator start(String name, Path root, List<String> nodeOptions, String script, int fixedPort,
            String... extraArgs) {
        Path modules = root.resolve("local/emulators/node_modules");
        Path cli = modules.resolve(script);
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException(name + " is not installed (" + cli + "); run: npm ci --prefix local/emulators");
        }
        int port = fixedPort == 0 ? FreePort.pick() : fixedPort;
        List<String> command = new ArrayList<>(List.of(node()));
        command.addAll(nodeOptions);
        command.addAll(List.of(cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port)));
        command.addAll(List.of(extraArgs));
        try {
            Path log = Files.createTempFile("huzhu-" + name + "-", ".log");
            log.toFile().deleteOnExit();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            NodeEmulator emulator = new NodeEmulator(name, process, port, log);
            try {
                FreePort.awaitListening(port, Duration.ofSeconds(30), process);
            } catch (RuntimeException e) {
                emulator.close();
                throw new IllegalStateException(name + " did not start: " + e.getMessage() + "\n" + emulator.output(), e);
            }
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private static String node() {
        String configured = System.getenv("NODE");
        return configured == null || configured.isBlank() ? "node" : configured;
    }

    /** The processor time the emulator's process has used so far, where the system reports it. */
    public java.util.Optional<Duration> cpuTime() {
        return process.toHandle().info().totalCpuDuration();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + " at " + endpoint();
    }
}
