package cn.huzhu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/PERFORMANCE.md, written by two benchmarks: the roster import owns the text above the marker, the documents
 * and cold starts benchmark the text below it, so running one keeps the other's figures.
 */
final class PerformanceFile {
    static final String MARKER = "<!-- written by the documents and cold starts benchmark: -Dbench=paper -->";

    private PerformanceFile() {
    }

    static void writeRosters(Path file, String text) throws IOException {
        String old = read(file);
        int marker = old.indexOf(MARKER);
        Files.writeString(file, marker < 0 ? text : text + "\n" + old.substring(marker), StandardCharsets.UTF_8);
    }

    static void writeDocuments(Path file, String text) throws IOException {
        String old = read(file);
        int marker = old.indexOf(MARKER);
        String head = marker < 0 ? old : old.substring(0, marker);
        Files.writeString(file, (head.endsWith("\n\n") || head.isEmpty() ? head : head + "\n") + MARKER + "\n\n" + text,
                StandardCharsets.UTF_8);
    }

    private static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
