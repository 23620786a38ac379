package cn.huzhu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.RuntimeConfig;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.excel.ExcelRosterReader;
import cn.huzhu.adapter.excel.FailedRowsWorkbook;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.roster.ImportRoster;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.emulators.Emulators;
import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;
import cn.huzhu.emulators.template.SamTemplate;
import cn.huzhu.testing.Catalogs;

/**
 * Runs the import benchmarks and writes docs/PERFORMANCE.md: every reader on the same files, each run in a fresh JVM
 * with Lambda's JIT setting; the roster reader at 300,000 rows within 128 MB; import into the embedded DynamoDB; JVM
 * start to first row.
 */
public final class BenchMain {
    private static final List<Integer> SIZES = List.of(10_000, 100_000, 300_000);

    private BenchMain() {
    }

    /** One reader's measurement on one file in one round. */
    record Run(String reader, int size, int round, JsonNode result) {
    }

    static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        Path root = ProjectRoot.find();
        String mode = args.length > 0 ? args[0] : "";
        switch (mode) {
            case "paper" -> PaperBench.run(root);
            case "cold" -> PaperBench.firstResponses(root, new ArrayList<>());
            case "statements" -> StatementBench.run(root);
            case "flows" -> FlowReport.write(root, FlowBench.run(root.resolve("bench/target/files"), 10_000));
            default -> rosters(root);
        }
    }

    /**
     * Every reader on every file size in fresh JVMs started with the roster import function's own flags (template.yaml),
     * round after round so that each round compares the readers under the same conditions.
     */
    private static void rosters(Path root) throws Exception {
        Path files = root.resolve("bench/target/files");
        Map<Integer, Path> rosters = new LinkedHashMap<>();
        for (int size : SIZES) {
            rosters.put(size, RosterFileMaker.ensure(files, size));
        }
        List<String> flags = importFlags(root);
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (int size : SIZES) {
                for (Readers reader : Readers.values()) {
                    if (reader == Readers.POI_USERMODEL && size == 300_000 && round > 1) {
                        continue;
                    }
                    JsonNode result = measure(reader, rosters.get(size), withHeap(flags, reader == Readers.POI_USERMODEL
                            ? "-Xmx6g" : null));
                    runs.add(new Run(reader.name(), size, round, result));
                    System.out.printf("round %d %-15s %,8d rows %s%n", round, reader, size, result);
                }
            }
        }
        JsonNode small = measure(Readers.HUZHU, rosters.get(300_000), withHeap(flags, "-Xmx128m"));
        System.out.println("HUZHU 300000 rows in 128 MB: " + small);
        Path thousand = RosterFileMaker.ensure(files, 1_000);
        List<JsonNode> cold = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cold.add(measure(Readers.HUZHU, thousand, withHeap(flags, null)));
        }
        List<Path> hostiles = List.of(HostileFileMaker.ensure(files, "one-mebibyte-string.xlsx", 1 << 20, 300_000),
                HostileFileMaker.ensure(files, "just-under-the-cell-limit.xlsx", 999, 300_000));
        List<Hostile> hostileResults = new ArrayList<>();
        List<Long> importMillis = importIntoDynamo(root, RosterFileMaker.ensure(files, 10_000), hostiles, hostileResults);
        System.out.println("import of 10,000 rows: " + importMillis + " ms; hostile files: " + hostileResults);
        PerformanceFile.write(root.resolve("docs/PERFORMANCE.md"), PerformanceFile.Section.ROSTERS,
                Report.render(runs, flags, small, cold, importMillis, hostileResults, files));
        System.out.println("wrote docs/PERFORMANCE.md (rosters)");
    }

    /**
     * The JVM the roster import runs in: Lambda's flags for a function of its memory, and the function's own
     * JAVA_TOOL_OPTIONS from template.yaml (the roster import compiles with C2).
     */
    static List<String> importFlags(Path root) {
        FunctionSpec function = SamTemplate.load(root.resolve("template.yaml")).functions().stream()
                .filter(f -> f.logicalId().equals("RosterImportFunction")).findFirst().orElseThrow();
        List<String> flags = new ArrayList<>(FreshJvm.LAMBDA_1024_MB);
        flags.add(FreshJvm.JIT);
        flags.addAll(List.of(String.valueOf(function.environment().get("JAVA_TOOL_OPTIONS")).trim().split("\\s+")));
        return flags;
    }

    /** The flags with another maximum heap (the later -Xmx wins). */
    private static List<String> withHeap(List<String> flags, String heap) {
        List<String> options = new ArrayList<>(flags);
        if (heap != null) {
            options.add(heap);
        }
        return options;
    }

    /** One reader on one file in a fresh JVM. */
    static JsonNode measure(Readers reader, Path file, List<String> flags) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(flags);
        options.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        JsonNode result = FreshJvm.run(options, System.getProperty("java.class.path"), ReadOne.class.getName(),
                List.of(reader.name(), file.toString()), Map.of());
        if (result.has("error")) {
            return JsonNodeFactory.instance.objectNode().put("reader", reader.name()).put("error", result.path("error").asText());
        }
        return result;
    }

    /** A 10,000-row roster imported through the real adapters into the embedded DynamoDB, three times. */
    private static List<Long> importIntoDynamo(Path root, Path file, List<Path> hostiles, List<Hostile> hostileResults)
            throws IOException {
        List<Long> millis = new ArrayList<>();
        try (Emulators emulators = Emulators.start(root)) {
            LocalDeployment deployment = LocalDeployment.deploy(root.resolve("template.yaml"), emulators.awsEnvironment(),
                    Map.of("MailFrom", "bench@huzhu.local"));
            Env env = RuntimeConfig.of(new Env(deployment.environment(deployment.template().functions().stream()
                    .filter(f -> f.logicalId().equals("RosterImportFunction")).findFirst().orElseThrow()))).env();
            Clock clock = Clock.systemUTC();
            AwsSettings aws = new AwsSettings(env);
            DynamoStores stores = DynamoStores.create(aws, clock);
            S3FileStore store = S3FileStore.create(aws);
            ImportRoster importRoster = new ImportRoster(stores.batches, stores.enrollments, stores.members, stores.coverage,
                    store, stores.idempotency, stores.settings, new ExcelRosterReader(), new FailedRowsWorkbook(),
                    new PersonKeys(SecretKeyRing.of(aws, "PERSON_KEYS", "the person key ring")), clock);
            byte[] content = Files.readAllBytes(file);
            for (int i = 0; i < 3; i++) {
                millis.add(importOnce(importRoster, stores, store, content, clock).millis());
            }
            for (Path hostile : hostiles) {
                byte[] bytes = Files.readAllBytes(hostile);
                Imported imported = importOnce(importRoster, stores, store, bytes, clock);
                hostileResults.add(new Hostile(hostile.getFileName().toString(), bytes.length, imported.millis(),
                        imported.batch().status().name(), imported.batch().message(), imported.batch().failed()));
            }
        }
        return millis;
    }

    record Imported(long millis, ImportBatch batch) {
    }

    /** A hostile file's import: its size, how long until the import ended, and how it ended. */
    record Hostile(String file, long bytes, long millis, String status, String message, int failedRows) {
    }

    private static Imported importOnce(ImportRoster importRoster, DynamoStores stores, S3FileStore store, byte[] content,
            Clock clock) {
        String enrollmentId = id();
        stores.enrollments.create(Enrollment.draft(enrollmentId, "PRT" + enrollmentId, "bench-unit", "基准测试单位", "1503",
                clock.instant(), "bench", false, List.of(EnrollmentPlan.chosen(Catalogs.hospital(), 1))));
        String batchId = id();
        String key = "rosters/" + enrollmentId + "/" + batchId + ".xlsx";
        stores.batches.create(ImportBatch.waiting(enrollmentId, batchId, List.of("P0101"), "roster.xlsx", key,
                content.length, clock.instant(), "bench"));
        store.put(Bucket.UPLOADS, key, content, "application/octet-stream");
        long start = System.nanoTime();
        importRoster.onObjectCreated(key, content.length, "etag-" + batchId);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new Imported(millis, stores.batches.find(enrollmentId, batchId).orElseThrow());
    }

    private static String id() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20).replaceAll("[^0-9a-z]", "0");
    }

}
