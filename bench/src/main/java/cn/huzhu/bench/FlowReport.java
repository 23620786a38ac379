package cn.huzhu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.huzhu.adapter.dynamodb.DynamoMemberStore;
import cn.huzhu.emulators.NodeEmulator;

/**
 * The flows part of docs/PERFORMANCE.md: each flow against its target, what the emulator alone needs for the same
 * items, and the partition arithmetic for real DynamoDB, which nothing here can measure.
 */
final class FlowReport {
    static final long IMPORT_TARGET = 1_500;
    static final long FULFILMENT_TARGET = 2_000;
    static final long REPRINT_TARGET = 300;
    /** What one partition key of a DynamoDB table takes, in writes of items up to 1 KB per second. */
    static final int WRITES_PER_PARTITION = 1_000;
    /** What the office's largest enrollment should be written at. */
    static final int WANTED_WRITES = 10_000;

    private FlowReport() {
    }

    static void write(Path root, FlowBench.Figures f) throws IOException {
        PerformanceFile.write(root.resolve("docs/PERFORMANCE.md"), PerformanceFile.Section.FLOWS, render(f));
        System.out.println("wrote docs/PERFORMANCE.md (flows)");
    }

    static String render(FlowBench.Figures f) throws IOException {
        StringBuilder md = new StringBuilder("## Flows at the office's scale\n\n");
        md.append("- measured: ").append(LocalDate.now()).append(", ").append(cpu()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n');
        md.append("- command: `").append(PerformanceFile.Section.FLOWS.command).append("`\n");
        md.append(String.format(Locale.ROOT, "- the local system as `./run-local` runs it: every function in one JVM, the embedded "
                + "emulators (dynalite for DynamoDB, its Node.js run with `%s`; s3proxy; the SES emulator), over HTTP as the "
                + "browser calls it; each "
                + "round a new enrollment of a %,d-row roster (every 50th row invalid, so %,d members) into 职工重疾: %d "
                + "rounds of people nobody covered before, then %d rounds enrolling the people of the first rounds again "
                + "while their cover still runs (未到期: each member's cover starts the day after it ends); each flow polled "
                + "every second as the page polls, its time running from the request to the finish the system records%n%n",
                String.join(" ", NodeEmulator.DYNALITE_NODE_OPTIONS), f.rows(), f.members(), FlowBench.ROUNDS,
                FlowBench.COVERED_ROUNDS));
        md.append("| flow | target | min | median | max | verdict (median) |\n|---|---:|---:|---:|---:|---|\n");
        row(md, String.format(Locale.ROOT, "%,d-row roster: upload (PUT) → batch DONE", f.rows()), IMPORT_TARGET, f.imports());
        row(md, String.format(Locale.ROOT, "确认收款 of %,d members → fulfilment DONE (receipt issued and mailed, every "
                + "member's cover fixed)", f.members()), FULFILMENT_TARGET, f.fulfilments());
        row(md, "the same upload, every person still covered by an earlier enrollment", IMPORT_TARGET, f.coveredImports());
        row(md, "the same 确认收款, every person still covered (cover continuing the earlier one)",
                FULFILMENT_TARGET, f.coveredFulfilments());
        row(md, String.format(Locale.ROOT, "确认书 of %,d members printed again", f.members()), REPRINT_TARGET, f.reprints());
        floor(md, f);
        busy(md, f);
        partitions(md);
        return md.toString();
    }

    private static void row(StringBuilder md, String flow, long target, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        long median = median(millis);
        md.append(String.format(Locale.ROOT, "| %s | under %,d ms | %,d ms | %,d ms | %,d ms | %s |%n", flow, target,
                sorted.get(0), median, sorted.get(sorted.size() - 1), median < target ? "**met**" : "**not met**"));
    }

    private static void floor(StringBuilder md, FlowBench.Figures f) {
        long writes = median(f.floorWrites());
        long lookups = median(f.floorLookups());
        long cover = median(f.floorCover());
        md.append("\n### The stores alone for the same items\n\n");
        md.append("The same stores, batching and parallelism, with nothing around them (no file, no rules, no HTTP), "
                + "measured after the flows. dynalite is a single-threaded JavaScript emulator and works through one "
                + "request at a time; requests in flight overlap only the network and the JVM's part.\n\n");
        md.append("| work | items | min | median | max |\n|---|---:|---:|---:|---:|\n");
        floorRow(md, "members written, 25 per request, 16 requests in flight", f.members(), f.floorWrites());
        floorRow(md, "their earlier cover looked up, 100 people per request", f.members(), f.floorLookups());
        floorRow(md, "their cover fixed under the coverage lease: read, then written in batches", f.members(), f.floorCover());
        long importFloor = writes + lookups;
        md.append(String.format(Locale.ROOT, "%nWriting the members and looking up their cover take %,d ms one after the "
                + "other through the stores alone; the import overlaps the two with reading and deciding the rows (its "
                + "median: %,d ms). Fixing the cover takes %,d ms; the fulfilment's median is %,d ms. The import's target "
                + "(%,d ms) is %s the first figure, the fulfilment's (%,d ms) %s the second.%n", importFloor,
                median(f.imports()), cover, median(f.fulfilments()), IMPORT_TARGET,
                IMPORT_TARGET < importFloor ? "below" : "above", FULFILMENT_TARGET,
                FULFILMENT_TARGET < cover ? "below" : "above"));
        md.append(String.format(Locale.ROOT, "When every person is still covered each member's cover starts the day "
                + "after the earlier one ends, which the import already stored, and continuous cover has no 观察期 without "
                + "a record of its waiver: the fulfilment rewrites no member (%,d ms median against %,d ms for new "
                + "people).%n", median(f.coveredFulfilments()), median(f.fulfilments())));
        md.append("\nWhat the flows do: the import reads the file twice (a quick check that refuses a bad file before "
                + "anything is stored, then the rows), looks up the people's earlier cover several chunks ahead while it "
                + "reads, decides the rows in file order, and writes the members in batches that run on while the next "
                + "chunks are decided; it counts the plans' members as it writes them (looking up the people a plan already "
                + "holds only when it holds any), so nothing is read back at the end. The fulfilment issues and mails the "
                + "receipts on a thread of their own while it reads each member once, fixes the cover of a thousand at a "
                + "time under one lease (read, decide, write in batches), rewrites only the members whose cover differs "
                + "from what the import stored (a start of their own that moved, a waiver to record), and counts the plan "
                + "from what it just covered. A "
                + "second print of a 确认书 finds the file made from the same inputs and reads no member.\n");
    }

    /** Each flow's processor time on both sides: how much of its wall time the single-threaded emulator was busy. */
    private static void busy(StringBuilder md, FlowBench.Figures f) {
        md.append("\n### Who is busy during a flow\n\n");
        md.append("Processor time from each flow's start (new people) until the poll saw it done, read from the operating "
                + "system: the DynamoDB "
                + "emulator's process (its JavaScript runs on one thread, so it is saturated near 100 % of the flow's time; V8's "
                + "collector adds a little on other threads) and the JVM that runs every function (two cores: up to twice "
                + "the flow's time).\n\n");
        md.append("| flow | time (median) | emulator busy (median) | emulator busy ÷ time | JVM processor time (median) |\n"
                + "|---|---:|---:|---:|---:|\n");
        busyRow(md, "roster upload → batch DONE", f.imports(), f.importBusy());
        busyRow(md, "确认收款 → fulfilment DONE", f.fulfilments(), f.fulfilmentBusy());
        long importShare = share(f.importBusy(), f.imports());
        long fulfilmentShare = share(f.fulfilmentBusy(), f.fulfilments());
        if (importShare >= 0 && fulfilmentShare >= 0) {
            md.append(String.format(Locale.ROOT, "%nThe emulator was busy %d %% of the import and %d %% of the fulfilment. "
                    + "%s%n", importShare, fulfilmentShare, importShare >= 80 && fulfilmentShare >= 60
                    ? "Both flows wait mostly on the emulator, which serves one request at a time: more requests in flight "
                            + "or less work in the JVM cannot make them much faster here; on DynamoDB the same requests "
                            + "are served in parallel across partitions."
                    : "The emulator leaves room: the rest of each flow is the JVM's work and the waits between requests."));
        }
        processorBound(md, f);
    }

    /** The least wall time the two processes' processor time allows on this machine's cores, against each target. */
    private static void processorBound(StringBuilder md, FlowBench.Figures f) {
        List<Long> imports = f.importBusy().stream().map(FlowReport::both).toList();
        List<Long> fulfilments = f.fulfilmentBusy().stream().map(FlowReport::both).toList();
        if (imports.isEmpty() || fulfilments.isEmpty() || imports.contains(-1L) || fulfilments.contains(-1L)) {
            return;
        }
        long importCpu = median(imports);
        long fulfilmentCpu = median(fulfilments);
        int cores = Runtime.getRuntime().availableProcessors();
        long importBound = importCpu / cores;
        long fulfilmentBound = fulfilmentCpu / cores;
        md.append(String.format(Locale.ROOT, "Together the emulator and the JVM used %,d ms of processor time for the "
                + "import and %,d ms for the fulfilment (medians). On %d cores that is at least %,d ms and %,d ms of wall "
                + "time however the work is arranged: %s the import's target (%,d ms), %s the fulfilment's (%,d ms).%n",
                importCpu, fulfilmentCpu, cores, importBound, fulfilmentBound, importBound > IMPORT_TARGET ? "above" : "within",
                IMPORT_TARGET, fulfilmentBound > FULFILMENT_TARGET ? "above" : "within", FULFILMENT_TARGET));
    }

    private static long both(FlowBench.Busy busy) {
        return busy.emulatorMillis() < 0 || busy.jvmMillis() < 0 ? -1 : busy.emulatorMillis() + busy.jvmMillis();
    }

    private static void busyRow(StringBuilder md, String flow, List<Long> millis, List<FlowBench.Busy> busy) {
        long emulator = median(busy.stream().map(FlowBench.Busy::emulatorMillis).toList());
        long jvm = median(busy.stream().map(FlowBench.Busy::jvmMillis).toList());
        long share = share(busy, millis);
        md.append(String.format(Locale.ROOT, "| %s | %,d ms | %s | %s | %s |%n", flow, median(millis),
                emulator < 0 ? "not reported" : String.format(Locale.ROOT, "%,d ms", emulator),
                share < 0 ? "" : share + " %", jvm < 0 ? "not reported" : String.format(Locale.ROOT, "%,d ms", jvm)));
    }

    /** The emulator's busy time as a share of the flow's time, round by round, median; -1 when not reported. */
    private static long share(List<FlowBench.Busy> busy, List<Long> millis) {
        if (busy.isEmpty() || busy.stream().anyMatch(b -> b.emulatorMillis() < 0)) {
            return -1;
        }
        List<Long> shares = new java.util.ArrayList<>();
        for (int i = 0; i < busy.size(); i++) {
            shares.add(percent(busy.get(i).emulatorMillis(), millis.get(i)));
        }
        return median(shares);
    }

    private static void floorRow(StringBuilder md, String work, int items, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        md.append(String.format(Locale.ROOT, "| %s | %,d | %,d ms | %,d ms | %,d ms |%n", work, items, sorted.get(0),
                median(millis), sorted.get(sorted.size() - 1)));
    }

    /** Items per partition key for each write-heavy path, and the time real DynamoDB needs at its per-key rate. */
    private static void partitions(StringBuilder md) {
        int shards = DynamoMemberStore.SHARDS;
        md.append("\n### Keys that real DynamoDB can write in parallel\n\n");
        md.append(String.format(Locale.ROOT, "One partition key takes about %,d writes a second (items up to 1 KB); the target "
                + "is an enrollment of 100,000 members written at %,d items a second. Nothing here can measure DynamoDB "
                + "itself, so this is the arithmetic, from the constants in the code.%n%n", WRITES_PER_PARTITION, WANTED_WRITES));
        md.append("| path | partition key | items per key at 10,000 | at 100,000 | ceiling (writes/s) | 100,000 items take |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        partition(md, "members of a plan (import, 增员)", "MEM#enrollment#plan#shard, " + shards
                + " shards by the first hex digit of the person key", 10_000 / shards, 100_000 / shards,
                (long) shards * WRITES_PER_PARTITION);
        partition(md, "cover per person and activity type (fulfilment)", "COVER#person", 1, 1, Long.MAX_VALUE);
        partition(md, "person look-ups (import, fulfilment)", "COVER#person (reads, 100 per request)", 1, 1, Long.MAX_VALUE);
        partition(md, "an import's progress", "ENR#enrollment (SK BATCH#id), written every 5,000 rows", 2, 20,
                WRITES_PER_PARTITION);
        partition(md, "the coverage lease", "LEASE#coverage, two writes per 1,000 members", 20, 200, WRITES_PER_PARTITION);
        md.append(String.format(Locale.ROOT, "%nBefore the shards every member of a plan shared one key: an import of 10,000 "
                + "members needed at least %.0f s on DynamoDB and one of 100,000 at least %.0f s, however many requests ran at "
                + "once. Pages and counts of a plan's members now read its %d shards at once and merge them in key order. "
                + "Bank statement lines (到账核对) are written each under a key of its own; see that part below.%n",
                10_000.0 / WRITES_PER_PARTITION, 100_000.0 / WRITES_PER_PARTITION, shards));
    }

    private static void partition(StringBuilder md, String path, String key, long at10k, long at100k, long ceiling) {
        String time = ceiling == Long.MAX_VALUE ? "no limit of its own" : String.format(Locale.ROOT, "%.1f s",
                Math.max(at100k, 0) * 1.0 / WRITES_PER_PARTITION);
        md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s | %s |%n", path, key, at10k, at100k,
                ceiling == Long.MAX_VALUE ? "one key per person" : String.format(Locale.ROOT, "%,d", ceiling), time));
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    private static String cpu() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }
}
