package cn.huzhu.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** The documents and cold starts part of docs/PERFORMANCE.md, with each figure against its target. */
final class PaperReport {
    private static final double MIB = 1024 * 1024;

    record Jar(String function, String codeUri, long bytes) {
    }

    private PaperReport() {
    }

    /** {@code baseline}: the commit the first responses were compared with, or null. */
    static String render(List<Jar> jars, List<PaperBench.Measured> firstResponses, String baseline, List<JsonNode> confirmations,
            int members, Map<String, String> machine) {
        StringBuilder out = new StringBuilder("## Documents and cold starts\n\n");
        out.append(String.format(Locale.ROOT, "- measured: %s, %s, %s cores, %s%n", machine.get("measured"), machine.get("cpu"),
                machine.get("cores"), machine.get("jvm")));
        out.append(String.format(Locale.ROOT, "- this machine's speed on the roster part's reference figure (JVM start to the first "
                + "row of a 1,000-row file, median of 5): %s ms%n",
                machine.get("firstRowMillis")));
        out.append("- the roster part above gives the same figure for the machine it was measured on: the two parts' "
                + "machines compare in the ratio of the two\n");
        out.append("- command: `mvn -Pbench -DskipTests -pl bench -am verify -Dbench=paper"
                + (baseline == null ? "" : " -Dbench.baseline=" + baseline) + "` (writes this part)\n");
        out.append("- every run in a fresh JVM started as Lambda's Java runtime starts a 1,024 MB function (`-XX:+UseSerialGC`, "
                + "heap 85 %, metaspace 10 %, code cache 5 % of the memory) with `-XX:TieredStopAtLevel=1`, against the embedded "
                + "emulators\n\n");
        jarSizes(out, jars);
        firstResponses(out, firstResponses, baseline);
        confirmation(out, confirmations, members);
        return out.toString();
    }

    private static void jarSizes(StringBuilder out, List<Jar> jars) {
        out.append("### Function jars\n\nTarget: none over 15 MiB. Each jar is shaded and minimised to the classes its code reaches "
                + "(libraries that load classes by name kept whole); only fulfilment and documents carry PDFBox, ZXing and the "
                + "font; only roster import, documents, query and claims carry spreadsheet code, and documents, query and "
                + "claims write .xlsx with fastexcel, without POI. No jar carries the libraries' own `META-INF/maven` pom "
                + "files, nor DynamoDB's Streams client, which no function builds.\n\n| function | jar | size (MiB) | under 15 MiB |\n|---|---|---:|---|\n");
        for (Jar jar : jars) {
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %.2f | %s |%n", jar.function(), jar.codeUri(), jar.bytes() / MIB,
                    jar.bytes() < 15 * MIB ? "yes" : "**no**"));
        }
        out.append('\n');
    }

    private static void firstResponses(StringBuilder out, List<PaperBench.Measured> measured, String baseline) {
        boolean before = baseline != null && measured.stream().allMatch(m -> m.baselineMedian().isPresent());
        out.append("### First response of a fresh JVM\n\n"
                + "What a cold start without SnapStart costs: a JVM with nothing but the function's code (its jar extracted "
                + "as Lambda extracts the deployment package into /var/task) and its environment "
                + "loads the handler class, builds it with the no-argument constructor Lambda calls (SDK clients, settings), "
                + "and answers one event, as `bench/.../FirstResponse.java` does. Median of " + measured.get(0).runs().size()
                + " JVMs each way, side by side in one run: as Lambda's managed runtime starts it (plain), and with a "
                + "class-data-sharing archive of the function's own jar made by a training run on the same JVM "
                + "(`-XX:ArchiveClassesAtExit`, then `-XX:SharedArchiveFile`)"
                + (before ? "; and, as the target's reference, the same function built from commit `" + baseline
                        + "` (the code when the target was set, checked out and built by the command with "
                        + "`-Dbench.baseline=" + baseline + "`), run plain" : "")
                + ". The time runs from the JVM's start to the answer. Target: at most half of "
                + (before ? "the baseline's time" : "the plain time") + ".\n\n");
        out.append(before ? "| function | first request | at `" + baseline + "` (ms) | plain (ms) | of which constructor (ms) "
                + "| classes loaded | with archive (ms) | archive ÷ plain | plain ÷ baseline | archive ÷ baseline | answer "
                + "| at most half |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n"
                : "| function | first request | plain (ms) | of which constructor (ms) | classes loaded | with archive (ms) "
                + "| archive ÷ plain | answer | at most half |\n|---|---|---:|---:|---:|---:|---:|---|---|\n");
        for (PaperBench.Measured m : measured) {
            out.append(before ? rowWithBaseline(m) : row(m));
        }
        out.append(String.format(Locale.ROOT, "%nWith the archive the first response takes %.3f–%.3f of the plain time",
                ratios(measured, PaperReport::plainMillis).min().orElse(Double.NaN),
                ratios(measured, PaperReport::plainMillis).max().orElse(Double.NaN)));
        if (before) {
            out.append(String.format(Locale.ROOT, " and %.3f–%.3f of the baseline's; plain, today's code takes %.3f–%.3f of "
                    + "the baseline's", ratios(measured, PaperReport::baselineMillis).min().orElse(Double.NaN),
                    ratios(measured, PaperReport::baselineMillis).max().orElse(Double.NaN),
                    plainRatios(measured).min().orElse(Double.NaN), plainRatios(measured).max().orElse(Double.NaN)));
        }
        out.append(" (the login's hashing aside). ");
        if (before) {
            out.append(String.format(Locale.ROOT, "Plain, these functions load %s classes, the baseline's %s. ",
                    range(answered(measured).mapToLong(m -> m.median().path("classes").asLong())),
                    range(answered(measured).mapToLong(m -> m.baselineMedian().orElseThrow().path("classes").asLong()))));
        }
        out.append("JSON goes through Jackson's streaming parser and the API's own binding of records "
                + "(`cn.huzhu.api.Json`), with no object mapper, whose start-up (bean introspection, date formats, locale "
                + "data) and first serialisation of each record cost a fresh JVM more than any other library but the SDK. "
                + "The AWS SDK's own start (a DynamoDB client and its first call, measured alone in a JVM) is most of what "
                + "remains of the plain time. The archive takes away most of the class "
                + "loading; what stays is work no archive of classes skips: the TLS context the SDK's HTTP client builds at "
                + "start (cipher suites, the trust store), the SDK client's configuration and the first calls. Key rings are "
                + "read from Secrets Manager at their first use, so a first request that needs no key (these lists) makes no "
                + "call for one. A class-data-sharing archive maps only into the JVM build that made it, and Lambda's managed "
                + "Java runtimes (java17, java21) start their own JDK with `-Xshare:on`, their own `-XX:SharedArchiveFile` "
                + "and a class path that begins with the runtime's jars, all after `JAVA_TOOL_OPTIONS`: an archive named "
                + "there is overridden, so the zip packages carry none. It fits a function deployed as a container "
                + "image or on `provided.al2023` with the JDK it was made by, where the command line is the function's own; "
                + "the README says how to build one. With SnapStart (on outside the China regions) the cold start is a "
                + "snapshot restore instead; where it is off, the template's `ApiProvisionedConcurrency` can keep instances "
                + "initialised so that as many requests at a time meet no cold start.\n\n"
                + "The login hashes the password with PBKDF2-SHA256 at 600,000 iterations on purpose; that cost is the "
                + "login's, not the cold start's. The hash that a login to a missing account is checked against, so that it "
                + "takes as long as a wrong password, is made on first need instead of in the constructor, and before a "
                + "SnapStart snapshot. With SnapStart every API function also primes itself "
                + "before the snapshot: one request to no route through decoding, routing and encoding, and in the documents "
                + "function the font and PDFBox with a throw-away page (`SnapshotPrimingTest` runs the hooks from the jars "
                + "with storage out of reach).\n\n");
    }

    private static String row(PaperBench.Measured m) {
        JsonNode plain = m.median();
        JsonNode archived = m.archivedMedian();
        if (plain.has("error") || archived.has("error")) {
            return String.format("| %s | %s | %s | | | | | | |%n", m.probe().function(), m.probe().label(),
                    plain.has("error") ? plain.path("error").asText() : archived.path("error").asText());
        }
        long plainMillis = millis(plain);
        long archivedMillis = millis(archived);
        double ratio = archivedMillis / (double) plainMillis;
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %,d | %d | %.3f | %s | %s |%n", m.probe().function(),
                m.probe().label(), plainMillis, plain.path("constructorMillis").asLong(), plain.path("classes").asLong(),
                archivedMillis, ratio, answer(plain.path("answer").asText()), verdict(m, ratio));
    }

    /** A row against the baseline: its answer must be today's, else the times do not compare. */
    private static String rowWithBaseline(PaperBench.Measured m) {
        JsonNode plain = m.median();
        JsonNode archived = m.archivedMedian();
        JsonNode before = m.baselineMedian().orElseThrow();
        String failed = plain.has("error") ? plain.path("error").asText() : archived.has("error") ? archived.path("error").asText()
                : before.has("error") ? "baseline: " + before.path("error").asText()
                : !answer(before.path("answer").asText()).equals(answer(plain.path("answer").asText()))
                        ? "the baseline answered " + answer(before.path("answer").asText()) : null;
        if (failed != null) {
            return String.format("| %s | %s | %s | | | | | | | | | |%n", m.probe().function(), m.probe().label(), failed);
        }
        double byBaseline = millis(archived) / (double) millis(before);
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %,d | %d | %.3f | %.3f | %.3f | %s | %s |%n",
                m.probe().function(), m.probe().label(), millis(before), millis(plain), plain.path("constructorMillis").asLong(),
                plain.path("classes").asLong(), millis(archived), millis(archived) / (double) millis(plain),
                millis(plain) / (double) millis(before), byBaseline, answer(plain.path("answer").asText()),
                verdict(m, byBaseline));
    }

    private static String verdict(PaperBench.Measured m, double ratio) {
        return hashing(m) ? "(hashing)" : ratio <= 0.5 ? "✓" : "✗";
    }

    private static boolean hashing(PaperBench.Measured m) {
        return m.probe().label().contains("PBKDF2");
    }

    private static String range(LongStream values) {
        LongSummaryStatistics stats = values.summaryStatistics();
        return String.format(Locale.ROOT, "%,d–%,d", stats.getMin(), stats.getMax());
    }

    private static long millis(JsonNode run) {
        return run.path("sinceJvmStartMillis").asLong();
    }

    private static long plainMillis(PaperBench.Measured m) {
        return millis(m.median());
    }

    private static long baselineMillis(PaperBench.Measured m) {
        return m.baselineMedian().map(PaperReport::millis).orElse(0L);
    }

    /** The archived time over {@code reference} for each function whose runs all answered (the login aside). */
    private static DoubleStream ratios(List<PaperBench.Measured> measured,
            ToLongFunction<PaperBench.Measured> reference) {
        return answered(measured).mapToDouble(m -> millis(m.archivedMedian()) / (double) reference.applyAsLong(m));
    }

    private static DoubleStream plainRatios(List<PaperBench.Measured> measured) {
        return answered(measured).mapToDouble(m -> plainMillis(m) / (double) baselineMillis(m));
    }

    private static Stream<PaperBench.Measured> answered(List<PaperBench.Measured> measured) {
        return measured.stream().filter(m -> !hashing(m))
                .filter(m -> !m.median().has("error") && !m.archivedMedian().has("error"))
                .filter(m -> m.baselineMedian().map(before -> !before.has("error")).orElse(true));
    }

    private static String answer(String answer) {
        if (answer.contains("\"isAuthorized\":true")) {
            return "allowed";
        }
        int at = answer.indexOf("\"statusCode\":");
        return at < 0 ? answer : "HTTP " + answer.substring(at + 13, Math.min(answer.length(), at + 16));
    }

    private static void confirmation(StringBuilder out, List<JsonNode> runs, int members) {
        List<JsonNode> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(r -> r.path("coldMillis").asLong(Long.MAX_VALUE)));
        JsonNode median = sorted.get(sorted.size() / 2);
        if (median.has("error")) {
            out.append("### 确认书 of ").append(members).append(" members\n\n").append(median.path("error").asText()).append("\n");
            return;
        }
        long warm = median.path("warmMedianMillis").asLong();
        long cold = median.path("coldMillis").asLong();
        double mb = median.path("bytes").asLong() / 1e6;
        out.append(String.format(Locale.ROOT, "### 确认书 of %,d members%n%n", members));
        out.append(String.format(Locale.ROOT, "`ConfirmationPdf` on a 确认书 of two plans and %,d members (varied names, masked IDs: "
                + "%d pages). %d fresh JVMs, the median by cold time; in each the first render is cold (font parsed, classes "
                + "loaded, nothing compiled yet) and the next 10 are warm.%n%n", members, median.path("pages").asInt(), runs.size()));
        out.append("| figure | measured | target |\n|---|---:|---|\n");
        out.append(String.format(Locale.ROOT, "| warm render (median of 10; min %d ms) | %d ms | under 300 ms %s |%n",
                median.path("warmMinMillis").asLong(), warm, warm < 300 ? "✓" : "✗"));
        out.append(String.format(Locale.ROOT, "| cold render (first in the JVM) | %d ms | under 1,500 ms %s |%n", cold,
                cold < 1500 ? "✓" : "✗"));
        out.append(String.format(Locale.ROOT, "| JVM start → PDF in memory | %d ms | |%n",
                median.path("jvmStartToPdfMillis").asLong()));
        out.append(String.format(Locale.ROOT, "| size | %.2f MB | under 3 MB %s |%n%n", mb, mb < 3 ? "✓" : "✗"));
        out.append("What keeps it fast: the font is parsed once per container with GSUB off (Chinese needs no substitutions); "
                + "widths come from one advance table filled at parse time and each text is measured once; each page's text "
                + "goes out in batched text objects; a table's rules are one line per row and one per column edge, not a box "
                + "per cell (boxes took about a third of the time and half of the file); the document embeds only the glyphs "
                + "it prints. The documents function then stores the PDF in the generated-files bucket under a hash of its "
                + "content, so printing the same 确认书 again renders nothing.\n");
    }
}
