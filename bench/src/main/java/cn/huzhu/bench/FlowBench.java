package cn.huzhu.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.RuntimeConfig;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.local.LocalRuntime;

/**
 * The flows of the office's scale end to end on the local system (embedded emulators, every function in-process, as
 * {@code ./run-local} runs them), timed as a user waits for them: a 10,000-row roster from the browser's PUT to its
 * batch DONE; 确认收款 of a 10,000-member enrollment to its fulfilment DONE (receipt issued and mailed, every
 * member's cover fixed); the 确认书 of those 10,000 members printed again. Each round enrolls people nobody covered
 * before; then a few rounds enroll again the people of the first rounds, whose cover still runs, so every member's
 * cover starts on a day of its own.
 */
final class FlowBench {
    static final String PASSWORD = "huzhu2025";
    private static final String SECRET = "flow-bench-token-secret-0123456789abcdef";
    private static final KeyRing TOKENS = KeyRing.of("bench", Map.of("bench", SECRET), "bench tokens");
    private static final String PLAN = "ZJ01";
    static final int ROUNDS = 5;
    /** Rounds that enroll again the people of the first rounds, still covered. */
    static final int COVERED_ROUNDS = 3;
    static final int PRINTS = 5;
    /**
     * How often the flows ask whether they are done: as often as the page does. A flow's time runs to the finish time
     * the system records, so a slower poll adds no error, and it adds no load to the system it measures.
     */
    private static final Duration POLL = Duration.ofSeconds(1);

    /**
     * Milliseconds per round of each flow; and what the emulator alone needs for the same number of items, with the
     * same batching and parallelism: writing the members, looking up the people's cover, fixing their cover.
     */
    record Figures(List<Long> imports, List<Long> fulfilments, List<Long> coveredImports, List<Long> coveredFulfilments,
            List<Long> reprints, int rows, int members, List<Long> floorWrites, List<Long> floorLookups,
            List<Long> floorCover, List<Busy> importBusy, List<Busy> fulfilmentBusy) {
    }

    /**
     * Processor time over one timed flow (new people): the DynamoDB emulator's process, and this JVM's, where every
     * function of the local system runs; -1 where the system does not report it.
     */
    record Busy(long emulatorMillis, long jvmMillis) {
    }

    /** Reads both processes' processor time at a flow's start and end. */
    private static final class CpuMeter {
        private final LocalRuntime system;
        private long emulatorAtStart;
        private long jvmAtStart;

        CpuMeter(LocalRuntime system) {
            this.system = system;
        }

        void start() {
            emulatorAtStart = emulatorNanos();
            jvmAtStart = jvmNanos();
        }

        Busy stop() {
            long emulator = emulatorNanos();
            long jvm = jvmNanos();
            return new Busy(emulator < 0 ? -1 : (emulator - emulatorAtStart) / 1_000_000,
                    jvm < 0 ? -1 : (jvm - jvmAtStart) / 1_000_000);
        }

        private long emulatorNanos() {
            return system.emulators().dynamoCpuTime().map(Duration::toNanos).orElse(-1L);
        }

        private static long jvmNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        }
    }

    private FlowBench() {
    }

    /** @param files where the roster files are made, one per cohort of people */
    static Figures run(Path files, int rows) throws IOException {
        List<byte[]> cohorts = new ArrayList<>();
        for (int cohort = 0; cohort < ROUNDS; cohort++) {
            cohorts.add(Files.readAllBytes(RosterFileMaker.ensure(files, rows, cohort)));
        }
        try (LocalRuntime system = new LocalRuntime(new LocalRuntime.Options(0, null, "cn-north-1", true,
                Map.of("MailFrom", "bench@huzhu.local"), Map.of(),
                Map.of("TokenKeys", "{\"current\":\"bench\",\"bench\":\"" + SECRET + "\"}")))) {
            Http unit = Http.login(system.url(), TOKENS, "unit1", PASSWORD);
            Http reviewer = Http.login(system.url(), TOKENS, "reviewer1", PASSWORD);
            Http finance = Http.login(system.url(), TOKENS, "finance1", PASSWORD);
            List<Long> imports = new ArrayList<>();
            List<Long> fulfilments = new ArrayList<>();
            List<Long> coveredImports = new ArrayList<>();
            List<Long> coveredFulfilments = new ArrayList<>();
            List<Long> reprints = new ArrayList<>();
            List<Busy> importBusy = new ArrayList<>();
            List<Busy> fulfilmentBusy = new ArrayList<>();
            CpuMeter cpu = new CpuMeter(system);
            int members = 0;
            String last = null;
            for (int round = 0; round < ROUNDS + COVERED_ROUNDS; round++) {
                boolean covered = round >= ROUNDS;
                String id = unit.call("POST", "/api/enrollments", Map.of("plans", List.of(Map.of("planCode", PLAN,
                        "shares", 1))), 201).path("id").asText();
                long imported = importRoster(unit, id, cohorts.get(round % ROUNDS), cpu);
                Busy importing = cpu.stop();
                members = unit.call("GET", "/api/enrollments/" + id, null, 200).path("plans").get(0).path("persons").asInt();
                long fulfilled = confirm(unit, reviewer, finance, id, cpu);
                Busy fulfilling = cpu.stop();
                (covered ? coveredImports : imports).add(imported);
                (covered ? coveredFulfilments : fulfilments).add(fulfilled);
                if (!covered) {
                    importBusy.add(importing);
                    fulfilmentBusy.add(fulfilling);
                    last = id;
                }
                System.out.printf("round %d (%s): import %d ms, fulfilment %d ms%n", round + 1,
                        covered ? "people still covered" : "new people", imported, fulfilled);
            }
            unit.call("POST", "/api/documents/confirmations/" + last + "/print", null, 200);
            for (int i = 0; i < PRINTS; i++) {
                long start = System.nanoTime();
                unit.call("POST", "/api/documents/confirmations/" + last + "/print", null, 200);
                reprints.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.println("确认书 printed again: " + reprints + " ms");
            Floor floor = floor(system, members);
            System.out.println("the emulator alone: " + floor);
            return new Figures(imports, fulfilments, coveredImports, coveredFulfilments, reprints, rows, members,
                    floor.writes(), floor.lookups(), floor.cover(), importBusy, fulfilmentBusy);
        }
    }

    private record Floor(List<Long> writes, List<Long> lookups, List<Long> cover) {
    }

    /**
     * The same items through the stores directly, nothing else around them: {@code members} members written, as many
     * people's cover looked up, and their cover fixed under the lease. What no import or fulfilment can go below here.
     */
    private static Floor floor(LocalRuntime system, int members) {
        FunctionSpec function = system.deployment().template().functions().stream()
                .filter(f -> f.logicalId().equals("FulfilmentFunction")).findFirst().orElseThrow();
        DynamoStores stores = DynamoStores.create(new AwsSettings(RuntimeConfig.of(new Env(system.deployment()
                .environment(function))).env()), Clock.systemUTC());
        Floor floor = new Floor(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < ROUNDS; round++) {
            String enrollment = "floor" + round + "-" + System.nanoTime();
            List<Member> people = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                String key = "f." + HexFormat.of().formatHex(sha256(enrollment + i), 0, 16);
                people.add(new Member(enrollment, PLAN, key, new Person("职工甲乙丙丁", IdDocumentType.RESIDENT_ID,
                        "37020219660101001" + (i % 10), Gender.MALE, LocalDate.of(1966, 1, 1), "13800000000",
                        Occupation.GENERAL, ""), null, null, "floor", Instant.now()));
            }
            List<String> keys = people.stream().map(Member::key).toList();
            long start = System.nanoTime();
            for (int from = 0; from < people.size(); from += 100) {
                stores.members.putAll(people.subList(from, Math.min(from + 100, people.size())));
            }
            long written = System.nanoTime();
            for (int from = 0; from < keys.size(); from += 100) {
                stores.coverage.lastDays(keys.subList(from, Math.min(from + 100, keys.size())),
                        Set.of(ActivityType.CRITICAL_ILLNESS));
            }
            long looked = System.nanoTime();
            for (int from = 0; from < keys.size(); from += 1000) {
                List<String> chunk = keys.subList(from, Math.min(from + 1000, keys.size()));
                stores.coverage.update(chunk, ActivityType.CRITICAL_ILLNESS, stored -> chunk.stream()
                        .map(key -> new Coverage(ActivityType.CRITICAL_ILLNESS, key, LocalDate.of(2026, 12, 4),
                                LocalDate.of(2027, 12, 3), enrollment, PLAN)).toList());
            }
            long covered = System.nanoTime();
            floor.writes().add((written - start) / 1_000_000);
            floor.lookups().add((looked - written) / 1_000_000);
            floor.cover().add((covered - looked) / 1_000_000);
        }
        return floor;
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From the upload's PUT (the browser's part ends there) to the batch's recorded finish, seen by polling. */
    private static long importRoster(Http unit, String id, byte[] file, CpuMeter cpu) {
        JsonNode ticket = unit.call("POST", "/api/enrollments/" + id + "/roster-uploads",
                Map.of("planCodes", List.of(PLAN), "fileName", "名单.xlsx", "size", file.length), 201);
        cpu.start();
        Instant start = Instant.now();
        Http.upload(ticket, file);
        JsonNode batch = unit.await("/api/enrollments/" + id + "/batches/" + ticket.path("batch").path("id").asText(),
                b -> b.path("status").asText().matches("DONE|FAILED"), Duration.ofMinutes(5), POLL);
        if (!batch.path("status").asText().equals("DONE")) {
            throw new IllegalStateException("the roster did not import: " + batch);
        }
        return Duration.between(start, Instant.parse(batch.path("finishedAt").asText())).toMillis();
    }

    /** Submitted, approved, invoiced and paid; then from 确认收款 to the fulfilment's recorded finish. */
    private static long confirm(Http unit, Http reviewer, Http finance, String id, CpuMeter cpu) {
        unit.call("PUT", "/api/enrollments/" + id, Map.of("employeeCount", 20_000, "femaleEmployeeCount", 0), 200);
        unit.call("POST", "/api/enrollments/" + id + "/submit", null, 200);
        reviewer.call("POST", "/api/office/enrollments/" + id + "/approve", null, 200);
        JsonNode desk = unit.call("GET", "/api/invoicing/" + id, null, 200);
        JsonNode plan = desk.path("details").get(0);
        BigDecimal price = new BigDecimal(plan.path("remaining").asText()).divide(BigDecimal.valueOf(plan.path("persons").asInt()));
        unit.call("POST", "/api/invoicing/" + id + "/invoices", Map.of("source", "会员自付", "title", "基准测试全体会员",
                "payerEmail", "pay@example.cn", "lines", List.of(Map.of("planCode", PLAN, "persons",
                        plan.path("persons").asInt(), "unitPrice", price.toPlainString()))), 201);
        unit.call("POST", "/api/invoicing/" + id + "/submit", null, 200);
        cpu.start();
        Instant start = Instant.now();
        finance.call("POST", "/api/office/payments/" + id + "/confirm", Map.of("amount", desk.path("summary").path("payable").asText(),
                "receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "bankReference", "B-" + id), 200);
        JsonNode paid = finance.await("/api/office/payments/" + id,
                v -> v.path("settlement").path("fulfilment").path("status").asText().equals("DONE"), Duration.ofMinutes(5),
                POLL);
        return Duration.between(start, Instant.parse(paid.path("settlement").path("fulfilment").path("updatedAt").asText()))
                .toMillis();
    }
}
