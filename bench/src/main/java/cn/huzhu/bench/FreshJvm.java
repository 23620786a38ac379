package cn.huzhu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import cn.huzhu.api.Json;

/** One measurement in a JVM of its own, with the options given; the child prints its figures as "RESULT {json}". */
final class FreshJvm {
    /** Lambda's default JIT setting for Java functions: the first compiler only. */
    static final String JIT = "-XX:TieredStopAtLevel=1";
    /**
     * The flags Lambda's Java runtime starts a 1,024 MB function with (template.yaml's MemorySize): heap 85 %,
     * metaspace 10 %, code cache 5 % of the memory, the serial collector, IPv4.
     */
    static final List<String> LAMBDA_1024_MB = List.of("-XX:MaxHeapSize=891289k", "-XX:MaxMetaspaceSize=104857k",
            "-XX:ReservedCodeCacheSize=52428k", "-XX:+UseSerialGC", "-Xshare:auto", "-Djava.net.preferIPv4Stack=true");

    private FreshJvm() {
    }

    /** The child's RESULT, or {"error": ...} with its first error line when it printed none. */
    static JsonNode run(List<String> jvmOptions, String classPath, String mainClass, List<String> args,
            Map<String, String> environment) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                } else if (output.length() < 4000) {
                    output.append(line).append('\n');
                }
            }
        }
        process.waitFor();
        if (result == null) {
            String error = output.toString().lines().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
                    .orElse("exit " + process.exitValue());
            return JsonNodeFactory.instance.objectNode().put("error", "crashed: " + error);
        }
        return Json.tree(result);
    }
}
