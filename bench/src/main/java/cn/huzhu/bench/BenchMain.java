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

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.RuntimeConfig;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.excel.ExcelRosterReader;
import cn.huzhu.adapter.excel.FailedRowsWorkbook;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.roster.ImportRoster;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.emulators.Emulators;
import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.template.LocalDeployment;
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

    record Run(String reader, int size, String heap, JsonNode result) {
    }

    public static void main(String[] args) throws Exception {
        Path root = ProjectRoot.find();
        if (args.length > 0 && args[0].equals("paper")) {
            PaperBench.run(root);
            return;
        }
        Path files = root.resolve("bench/target/files");
        Map<Integer, Path> rosters = new LinkedHashMap<>();
        for (int size : SIZES) {
            rosters.put(size, RosterFileMaker.ensure(files, size));
        }
        List<Run> runs = new ArrayList<>();
        for (int size : SIZES) {
            for (Readers reader : Readers.values()) {
                int repeats = reader == Readers.POI_USERMODEL && size == 300_000 ? 1 : size == 10_000 ? 5 : 3;
                String heap = reader == Readers.POI_USERMODEL ? "-Xmx6g" : "-Xmx1g";
                List<JsonNode> results = new ArrayList<>();
                for (int i = 0; i < repeats; i++) {
                    results.add(measure(reader, rosters.get(size), heap));
                }
                runs.add(new Run(reader.name(), size, heap, median(results)));
                System.out.printf("%-15s %,8d rows %s%n", reader, size, median(results));
            }
        }
        JsonNode small = measure(Readers.HUZHU, rosters.get(300_000), "-Xmx128m");
        System.out.println("HUZHU 300000 rows in 128 MB: " + small);
        Path thousand = RosterFileMaker.ensure(files, 1_000);
        List<JsonNode> cold = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cold.add(measure(Readers.HUZHU, thousand, "-Xmx256m"));
        }
        List<Path> hostiles = List.of(HostileFileMaker.ensure(files, "one-mebibyte-string.xlsx", 1 << 20, 300_000),
                HostileFileMaker.ensure(files, "just-under-the-cell-limit.xlsx", 999, 300_000));
        List<Hostile> hostileResults = new ArrayList<>();
        List<Long> importMillis = importIntoDynamo(root, RosterFileMaker.ensure(files, 10_000), hostiles, hostileResults);
        System.out.println("import of 10,000 rows: " + importMillis + " ms; hostile files: " + hostileResults);
        PerformanceFile.writeRosters(root.resolve("docs/PERFORMANCE.md"), Report.render(runs, small, cold, importMillis,
                hostileResults, files));
        System.out.println("wrote docs/PERFORMANCE.md");
    }

    private static JsonNode median(List<JsonNode> results) {
        List<JsonNode> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingLong(r -> r.path("millis").asLong(Long.MAX_VALUE)));
        return sorted.get(sorted.size() / 2);
    }

    /** One reader on one file in a fresh JVM. */
    static JsonNode measure(Readers reader, Path file, String heap) throws IOException, InterruptedException {
        JsonNode result = FreshJvm.run(List.of(heap,
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"),
                System.getProperty("java.class.path"), ReadOne.class.getName(), List.of(reader.name(), file.toString()), Map.of());
        if (result.has("error")) {
            return Json.MAPPER.readTree(Json.write(Map.of("reader", reader.name(), "error", result.path("error").asText())));
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
