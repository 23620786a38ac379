package cn.huzhu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** The roster part of docs/PERFORMANCE.md: the figures, and each verdict computed from them. */
final class Report {
    /** Parse + validate at 300,000 rows in a fresh JVM with the function's own flags. */
    static final long TARGET_ROWS_PER_SECOND = 100_000;
    private static final int LARGEST = 300_000;

    private Report() {
    }

    static String render(List<BenchMain.Run> runs, List<String> flags, JsonNode small, List<JsonNode> cold,
            List<Long> importMillis, List<BenchMain.Hostile> hostiles, Path files) throws IOException {
        StringBuilder md = new StringBuilder("## Roster files: parse + validate\n\n");
        machine(md, flags, files);
        table(md, runs);
        verdicts(md, runs, small);
        md.append("\n## What the import uses, and why\n\n");
        md.append("The roster import reads .xlsx with its own reader: every part it needs (workbook, relationships, styles, "
                + "shared strings, the first sheet) is inflated once, counted against the zip-bomb limits as it inflates; the "
                + "two large parts, the shared strings and the sheet, are read by `XmlScanner`, a byte-level pull scanner for "
                + "the XML those parts hold (elements by local name, the predefined entities, character references, CDATA, "
                + "line ends normalised, other encodings transcoded to UTF-8), which reads several times faster than a general "
                + "StAX parser; the small parts go through StAX (aalto). Legacy .xls goes through POI's HSSF event API, the "
                + "only streaming reader of that format here.\n\n");
        md.append("Per row, the domain's rules run once: the person key (a keyed hash) is made once per row, the ID number is "
                + "checked and read in one pass, and people already met in the file are found in an open-addressing table of "
                + "64-bit hashes. The roster import function compiles with C2 (`-XX:TieredStopAtLevel=4` in its "
                + "JAVA_TOOL_OPTIONS), where Lambda's default stops at C1; the API functions keep the default for their cold "
                + "starts.\n\n");
        md.append("It reads what real spreadsheet programs write, cell for cell as Apache POI's usermodel reads it: the "
                + "differential test `DifferentialReadTest` holds it to that on Excel 1904 files with x15 extensions, Strict "
                + "Open XML, backslashed and case-shifted part names, `_xHHHH_` escapes, inline strings, ISO date cells, "
                + "files encrypted with Excel's default password, entities, CDATA and comments, CR LF inside text, quoting "
                + "and attribute order, namespace prefixes, UTF-16, GBK and byte-order marks, characters beyond the BMP, and "
                + ".xls formulas, 1904 dates, chart sub-streams, MULRK records and out-of-order cells.\n\n");
        md.append("Peak heap adds the heap pools' own peaks, which need not coincide, so it can exceed `-Xmx`.\n");
        md.append("\n## Cold start: JVM start to first row\n\n");
        List<Long> firstRow = cold.stream().map(c -> c.path("jvmStartToFirstRowMillis").asLong()).sorted().toList();
        md.append(String.format(Locale.ROOT, "A 1,000-row file, huzhu reader, the function's flags, fresh JVM each time (%d runs): "
                + "median %d ms (min %d, max %d). This is what a cold roster-import Lambda pays before its first row.%n%n",
                firstRow.size(), firstRow.get(firstRow.size() / 2), firstRow.get(0), firstRow.get(firstRow.size() - 1)));
        md.append("## Import into the embedded DynamoDB\n\n");
        md.append(String.format(Locale.ROOT, "10,000 rows through `ImportRoster` with the real adapters (s3proxy, dynalite), in "
                + "one JVM: %s ms (the first pays class loading and JIT). The whole flow from the browser's upload to the "
                + "batch DONE is in the flows section below.%n", importMillis));
        md.append("\n## Hostile files: time stays bounded\n\n");
        md.append("300,000 rows of 9 cells, every cell pointing at one shared string, imported through `ImportRoster` into the "
                + "embedded DynamoDB (the office's cell limit is 1,000 characters). The reader cuts a shared string out once and "
                + "every cell refers to that one object; the first pass refuses a file at its first over-long cell.\n\n");
        md.append("| file | size (KB) | import ended after (s) | outcome | failed rows |\n|---|---:|---:|---|---:|\n");
        for (BenchMain.Hostile hostile : hostiles) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %s: %s | %,d |%n", hostile.file(), hostile.bytes() / 1024,
                    hostile.millis() / 1000.0, hostile.status(), hostile.message(), hostile.failedRows()));
        }
        return md.toString();
    }

    private static void machine(StringBuilder md, List<String> flags, Path files) throws IOException {
        md.append("- measured: ").append(LocalDate.now()).append(", ").append(cpu()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(memory()).append(", ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n');
        md.append("- command: `").append(PerformanceFile.Section.ROSTERS.command).append("`\n");
        md.append("- every run in a fresh JVM with the roster import function's flags: `").append(String.join(" ", flags))
                .append("` (Lambda's for a 1,024 MB function, then the function's own JAVA_TOOL_OPTIONS from template.yaml); "
                        + "POI's XSSFWorkbook cannot read these files in that heap and gets `-Xmx6g`\n");
        md.append("- files: the template's columns, every 50th row invalid (wrong check digit), IDs and phones as text; ");
        for (int size : List.of(10_000, 100_000, LARGEST)) {
            md.append(String.format(Locale.ROOT, "%,d rows = %.1f MB; ", size,
                    Files.size(files.resolve("roster-" + size + ".xlsx")) / 1048576.0));
        }
        md.append("\n- work per row, the same for every reader: read the cells, then every roster rule of the domain "
                + "(姓名, 证件, check digit, dates, 手机号, 职业, age and gender for the plan, duplicates)\n");
        md.append("- ").append(BenchMain.ROUNDS).append(" rounds; in each round every reader reads every file once, so a "
                + "round compares them under the same conditions (XSSFWorkbook at 300,000 rows: round 1 only)\n\n");
    }

    /** Rows per second of each reader and size: min, median and max over the rounds. */
    private static void table(StringBuilder md, List<BenchMain.Run> runs) {
        md.append("| reader | rows | rows/s min | rows/s median | rows/s max | time median (s) | peak heap (MB) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        Map<Integer, Map<String, List<JsonNode>>> bySize = new TreeMap<>();
        for (BenchMain.Run run : runs) {
            bySize.computeIfAbsent(run.size(), s -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(run.reader(), r -> new ArrayList<>()).add(run.result());
        }
        bySize.forEach((size, readers) -> readers.forEach((reader, results) -> {
            String label = Readers.valueOf(reader).label();
            List<JsonNode> ok = results.stream().filter(r -> !r.has("error")).toList();
            if (ok.isEmpty()) {
                md.append(String.format(Locale.ROOT, "| %s | %,d | failed: %s | | | | |%n", label, size,
                        results.get(0).path("error").asText()));
                return;
            }
            List<Long> speeds = ok.stream().map(r -> r.path("rowsPerSecond").asLong()).sorted().toList();
            List<Long> millis = ok.stream().map(r -> r.path("millis").asLong()).sorted().toList();
            long heap = ok.stream().mapToLong(r -> r.path("peakHeapMb").asLong()).max().orElse(0);
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %.2f | %d |%n", label, size, speeds.get(0),
                    speeds.get(speeds.size() / 2), speeds.get(speeds.size() - 1), millis.get(millis.size() / 2) / 1000.0, heap));
        }));
        md.append('\n');
    }

    /** Each target, met or not, from the figures above. */
    private static void verdicts(StringBuilder md, List<BenchMain.Run> runs, JsonNode small) {
        md.append("### Against the targets\n\n");
        Map<String, List<String>> losses = new TreeMap<>();
        Map<Integer, Map<Integer, List<BenchMain.Run>>> rounds = runs.stream().collect(Collectors.groupingBy(
                BenchMain.Run::size, TreeMap::new, Collectors.groupingBy(BenchMain.Run::round, TreeMap::new, Collectors.toList())));
        rounds.forEach((size, bySize) -> bySize.forEach((round, inRound) -> {
            long ours = speed(inRound, Readers.HUZHU.name());
            for (BenchMain.Run other : inRound) {
                if (!other.reader().equals(Readers.HUZHU.name()) && !other.result().has("error")
                        && other.result().path("rowsPerSecond").asLong() >= ours) {
                    losses.computeIfAbsent(String.format(Locale.ROOT, "%,d rows", size), k -> new ArrayList<>())
                            .add("round " + round + ": " + Readers.valueOf(other.reader()).label());
                }
            }
        }));
        md.append(losses.isEmpty()
                ? "- ahead of every reference reader at every size in every round: **met**\n"
                : "- ahead of every reference reader at every size in every round: **not met**, behind or level: " + losses + "\n");
        List<Long> largest = runs.stream().filter(r -> r.size() == LARGEST && r.reader().equals(Readers.HUZHU.name())
                && !r.result().has("error")).map(r -> r.result().path("rowsPerSecond").asLong()).sorted(Comparator.naturalOrder())
                .toList();
        long slowest = largest.isEmpty() ? 0 : largest.get(0);
        md.append(String.format(Locale.ROOT, "- at least %,d rows/s at %,d rows with the function's flags, in every round: "
                + "slowest round %,d rows/s: **%s**%n", TARGET_ROWS_PER_SECOND, LARGEST, slowest,
                slowest >= TARGET_ROWS_PER_SECOND ? "met" : "not met"));
        boolean fits = !small.has("error") && small.path("rows").asLong() == LARGEST;
        md.append(String.format(Locale.ROOT, "- %,d rows within `-Xmx128m`: %s: **%s**%n", LARGEST, fits
                ? String.format(Locale.ROOT, "%,d rows in %.2f s (%,d rows/s), peak heap %d MB", small.path("rows").asLong(),
                        small.path("millis").asLong() / 1000.0, small.path("rowsPerSecond").asLong(),
                        small.path("peakHeapMb").asLong())
                : "failed: " + small.path("error").asText(), fits ? "met" : "not met"));
    }

    private static long speed(List<BenchMain.Run> runs, String reader) {
        return runs.stream().filter(r -> r.reader().equals(reader) && !r.result().has("error")).findFirst()
                .map(r -> r.result().path("rowsPerSecond").asLong()).orElse(0L);
    }

    private static String cpu() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }

    private static String memory() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%.0f GiB", os.getTotalMemorySize() / 1073741824.0);
    }
}
