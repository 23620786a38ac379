package cn.huzhu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * docs/PERFORMANCE.md, written in sections by the benchmarks: each run rewrites its own section between its marker and
 * the next one, and keeps the others' figures.
 */
final class PerformanceFile {
    /** The sections in the order the file shows them, each with the command that writes it. */
    enum Section {
        ROSTERS("mvn -Pbench -DskipTests -pl bench -am verify"),
        FLOWS("mvn -Pbench -DskipTests -pl bench -am verify -Dbench=flows"),
        STATEMENTS("mvn -Pbench -DskipTests -pl bench -am verify -Dbench=statements"),
        PAPER("mvn -Pbench -DskipTests -pl bench -am verify -Dbench=paper");

        final String command;

        Section(String command) {
            this.command = command;
        }

        String marker() {
            return "<!-- section " + name().toLowerCase() + ", written by: " + command + " -->";
        }
    }

    private static final String HEAD = "# Performance\n\nBenchmarks run outside the test suite. Timings live here, never in "
            + "tests; every verdict below is computed from the figures it stands beside.\n\n";

    private PerformanceFile() {
    }

    static void write(Path file, Section section, String text) throws IOException {
        Map<Section, String> parts = read(file);
        parts.put(section, text.endsWith("\n") ? text : text + "\n");
        StringBuilder out = new StringBuilder(HEAD);
        parts.forEach((name, body) -> out.append(name.marker()).append("\n\n").append(body).append('\n'));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static Map<Section, String> read(Path file) throws IOException {
        Map<Section, String> parts = new EnumMap<>(Section.class);
        if (!Files.isRegularFile(file)) {
            return parts;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Section section : Section.values()) {
            int at = text.indexOf(section.marker());
            if (at < 0) {
                continue;
            }
            int from = at + section.marker().length();
            int to = text.length();
            for (Section other : Section.values()) {
                int next = text.indexOf(other.marker(), from);
                if (next >= 0 && next < to) {
                    to = next;
                }
            }
            parts.put(section, text.substring(from, to).strip() + "\n");
        }
        return parts;
    }
}
