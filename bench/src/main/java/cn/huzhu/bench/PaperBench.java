package cn.huzhu.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.RuntimeConfig;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.app.auth.TokenService;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.account.TokenCodec;
import cn.huzhu.emulators.Emulators;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;
import cn.huzhu.testing.Events;

/**
 * Documents and cold starts: every function jar's size; each API function's first response in a fresh JVM with only
 * its jar, against the embedded emulators; the 确认书 of 10,000 members cold and warm, and its size. Writes its part
 * of docs/PERFORMANCE.md.
 */
final class PaperBench {
    private static final int RUNS = 5;
    /** JVMs each way per first request: the two medians are compared, so each needs more than a handful. */
    private static final int FIRST_RESPONSE_RUNS = 9;
    private static final int MEMBERS = 10_000;
    private static final String PASSWORD = "Bench-2026";

    /** One function's first request: which function, what it is asked, and as whom. */
    record Probe(String function, String label, Supplier<ObjectNode> event) {
    }

    /**
     * One function's first request, in fresh JVMs as Lambda's Java runtime runs it ({@code runs}), the same with a
     * class-data-sharing archive of the function's own jar made by a training run on the same JVM ({@code archived}), and
     * the function as it was at the baseline commit, run plain ({@code baseline}; empty when none was named).
     */
    record Measured(Probe probe, List<JsonNode> runs, List<JsonNode> archived, List<JsonNode> baseline) {
        JsonNode median() {
            return medianOf(runs);
        }

        JsonNode archivedMedian() {
            return medianOf(archived);
        }

        /** The baseline's median, when one was measured. */
        Optional<JsonNode> baselineMedian() {
            return baseline.isEmpty() ? Optional.empty() : Optional.of(medianOf(baseline));
        }

        private static JsonNode medianOf(List<JsonNode> results) {
            List<JsonNode> sorted = new ArrayList<>(results);
            sorted.sort(Comparator.comparingLong(r -> r.path("sinceJvmStartMillis").asLong(Long.MAX_VALUE)));
            return sorted.get(sorted.size() / 2);
        }
    }

    private PaperBench() {
    }

    static void run(Path root) throws Exception {
        List<PaperReport.Jar> jars = new ArrayList<>();
        List<Measured> firstResponses = firstResponses(root, jars);
        List<JsonNode> confirmations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            confirmations.add(FreshJvm.run(lambdaFlags(), System.getProperty("java.class.path"),
                    RenderOne.class.getName(), List.of(String.valueOf(MEMBERS), "10"), Map.of()));
            System.out.println("确认书 " + MEMBERS + ": " + confirmations.get(i));
        }
        PerformanceFile.write(root.resolve("docs/PERFORMANCE.md"), PerformanceFile.Section.PAPER,
                PaperReport.render(jars, firstResponses, Baseline.commit().orElse(null), confirmations, MEMBERS, machine(root)));
        System.out.println("wrote docs/PERFORMANCE.md (documents and cold starts)");
    }

    /** Each API function's first response in fresh JVMs, its jar's size noted in {@code jars}. */
    static List<Measured> firstResponses(Path root, List<PaperReport.Jar> jars) throws Exception {
        List<Measured> firstResponses = new ArrayList<>();
        Optional<Baseline.Build> baseline = Baseline.prepare(root);
        try (Emulators emulators = Emulators.start(root)) {
            LocalDeployment deployment = LocalDeployment.deploy(root.resolve("template.yaml"), emulators.awsEnvironment(),
                    Map.of("MailFrom", "bench@huzhu.local"));
            for (FunctionSpec function : deployment.template().functions()) {
                Path jar = root.resolve(function.codeUri());
                jars.add(new PaperReport.Jar(function.logicalId(), function.codeUri(), Files.size(jar)));
            }
            Path events = Files.createDirectories(root.resolve("bench/target/events"));
            Path launcher = LambdaTask.launcherJar(root.resolve("bench/target/classes"), FirstResponse.class,
                    root.resolve("bench/target/first-response.jar"));
            int trained = 0;
            for (Probe probe : probes(deployment)) {
                FunctionSpec function = function(deployment, probe.function());
                Path jar = root.resolve(function.codeUri());
                Path task = LambdaTask.extract(jar, root.resolve("bench/target/task").resolve(probe.function()));
                List<String> arguments = List.of(function.handlerClass(), "");
                Map<String, String> environment = deployment.environment(function);
                // the function's classes first: the launcher's directory is asked only for the launcher
                String asLambda = task + File.pathSeparator + launcher;
                String asJars = jar + File.pathSeparator + launcher;
                Path archive = root.resolve("bench/target/task").resolve(probe.function() + "-" + (trained++) + ".jsa");
                Files.deleteIfExists(archive);
                run(jvmOptions("-XX:ArchiveClassesAtExit=" + archive), asJars, probe, events, "train", arguments, environment);
                String asBaseline = baseline.isEmpty() ? null : LambdaTask.extract(baseline.get().jar(function.codeUri()),
                        root.resolve("bench/target/task-baseline").resolve(probe.function())) + File.pathSeparator + launcher;
                List<JsonNode> runs = new ArrayList<>();
                List<JsonNode> archived = new ArrayList<>();
                List<JsonNode> before = new ArrayList<>();
                for (int i = 0; i < FIRST_RESPONSE_RUNS; i++) {
                    runs.add(run(jvmOptions(), asLambda, probe, events, "plain-" + i, arguments, environment));
                    archived.add(run(jvmOptions("-XX:SharedArchiveFile=" + archive), asJars, probe, events, "cds-" + i,
                            arguments, environment));
                    if (asBaseline != null) {
                        before.add(run(jvmOptions(), asBaseline, probe, events, "baseline-" + i, arguments, environment));
                    }
                }
                Measured measured = new Measured(probe, runs, archived, before);
                System.out.printf("%-22s %s%n%-22s %s%n", probe.function(), measured.median(), "  with its archive",
                        measured.archivedMedian());
                measured.baselineMedian().ifPresent(median -> System.out.printf("%-22s %s%n", "  at the baseline", median));
                firstResponses.add(measured);
            }
        }
        return firstResponses;
    }

    /** One first response in a fresh JVM, its event written fresh (tokens and captchas are single use). */
    private static JsonNode run(List<String> options, String classPath, Probe probe, Path events, String name,
            List<String> arguments, Map<String, String> environment) throws IOException, InterruptedException {
        Path event = events.resolve(probe.function() + "-" + name + ".json");
        Files.write(event, Json.bytes(probe.event().get()));
        return FreshJvm.run(options, classPath, FirstResponse.class.getName(), List.of(arguments.get(0), event.toString()),
                environment);
    }

    private static List<String> jvmOptions(String extra) {
        List<String> options = jvmOptions();
        options.add(extra);
        return options;
    }

    private static List<String> lambdaFlags() {
        List<String> options = new ArrayList<>(FreshJvm.LAMBDA_1024_MB);
        options.add(FreshJvm.JIT);
        return options;
    }

    /** Lambda's flags, and any the one running the benchmark adds ({@code -Dbench.jvm="-Xlog:class+load"}). */
    private static List<String> jvmOptions() {
        List<String> options = lambdaFlags();
        String extra = System.getProperty("bench.jvm", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    private static FunctionSpec function(LocalDeployment deployment, String logicalId) {
        return deployment.template().functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow();
    }

    /** The first call each function gets from a user: the login page's captcha, a login, a unit's or reviewer's list. */
    private static List<Probe> probes(LocalDeployment deployment) {
        AwsSettings aws = new AwsSettings(RuntimeConfig.of(new Env(deployment.environment(function(deployment, "AuthFunction")))).env());
        DynamoStores stores = DynamoStores.create(aws, Clock.systemUTC());
        String hash = PasswordHasher.owasp().hash(PASSWORD);
        Account unit = Account.create("bench-unit", "基准测试单位", Role.UNIT, "bench-unit-1", "1503", hash, false);
        Account reviewer = Account.create("bench-reviewer", "基准审核员", Role.REVIEWER, null, "1503", hash, false);
        stores.accounts.create(unit);
        stores.accounts.create(reviewer);
        KeyRing tokenKeys = SecretKeyRing.of(aws, "TOKEN_KEYS", "the token key ring");
        TokenService tokens = new TokenService(new TokenCodec(tokenKeys), Clock.systemUTC(), Duration.ofHours(1));
        CaptchaChallenge captcha = new CaptchaChallenge(tokenKeys, Duration.ofMinutes(5));
        String token = tokens.issue(unit);
        return List.of(
                new Probe("AuthorizerFunction", "a unit's token checked for GET /api/enrollments", () -> Events.authorizer(token)),
                new Probe("AuthFunction", "GET /api/auth/captcha (the login page's first call)",
                        () -> api("GET /api/auth/captcha", null)),
                new Probe("AuthFunction", "POST /api/auth/login (PBKDF2-SHA256, 600,000 iterations)", () -> {
                    CaptchaChallenge.Issued issued = captcha.issue(Instant.now());
                    ObjectNode event = api("POST /api/auth/login", null);
                    event.put("body", Json.write(Map.of("username", unit.username(), "password", PASSWORD,
                            "captchaId", issued.id(), "captchaAnswer", issued.answer())));
                    return event;
                }),
                new Probe("EnrollmentFunction", "GET /api/enrollments as a unit", () -> api("GET /api/enrollments", unit)),
                new Probe("InvoiceFunction", "GET /api/invoicing as a unit", () -> api("GET /api/invoicing", unit)),
                new Probe("DocumentsFunction", "GET /api/documents/notices as a unit",
                        () -> api("GET /api/documents/notices", unit)),
                new Probe("ReviewFunction", "GET /api/office/enrollments as a reviewer",
                        () -> api("GET /api/office/enrollments", reviewer)));
    }

    /** events/api-request.json for a route without path parameters, as the caller given (none for a public route). */
    private static ObjectNode api(String routeKey, Account caller) {
        return Events.api(routeKey, Map.of(), caller == null ? null
                : new Caller(caller.username(), caller.role(), caller.unitId(), caller.orgCode()), null);
    }

    /** When, on what, and how fast this machine is on the roster part's reference figure (JVM start to first row). */
    private static Map<String, String> machine(Path root) throws IOException, InterruptedException {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("measured", LocalDate.now().toString());
        machine.put("cpu", cpuModel());
        machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        Path thousand = RosterFileMaker.ensure(root.resolve("bench/target/files"), 1_000);
        List<Long> firstRow = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            firstRow.add(BenchMain.measure(Readers.HUZHU, thousand, List.of(FreshJvm.JIT, "-Xmx256m"))
                    .path("jvmStartToFirstRowMillis").asLong());
        }
        machine.put("firstRowMillis", String.valueOf(firstRow.stream().sorted().toList().get(RUNS / 2)));
        machine.put("jvm", ManagementFactory.getRuntimeMXBean().getVmName() + " " + System.getProperty("java.version"));
        return machine;
    }

    private static String cpuModel() throws IOException {
        Path cpuInfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuInfo)) {
            return System.getProperty("os.arch");
        }
        return Files.readAllLines(cpuInfo).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
    }
}
