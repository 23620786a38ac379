package cn.huzhu.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.RuntimeConfig;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.emulators.Emulators;
import cn.huzhu.emulators.FreePort;
import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole system on one machine: emulators (or an endpoint you name), the template's resources, the functions
 * behind a local API Gateway, S3 notifications, demo data and the web UI.
 *
 * <pre>java -jar local/runtime/target/huzhu-local.jar [--port 8080] [--endpoint URL --region R] [--no-demo]</pre>
 */
public final class LocalRuntime implements AutoCloseable {
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final LocalGateway gateway;
    private final LocalDeployment deployment;
    private final FunctionHost functions;
    private final List<DemoData.Login> logins;
    private final Emulators emulators;
    private final Path dataDirectory;

    /**
     * @param port 0 picks a free one
     * @param endpoint an AWS-compatible endpoint (LocalStack, Floci, AWS) instead of the embedded emulators
     * @param parameters values for template.yaml's parameters
     * @param aws SDK variables for an external endpoint, e.g. AWS_ENDPOINT_URL_DYNAMODB per service; the process's own
     *     AWS_ENDPOINT_URL_* variables are added when --endpoint is given
     * @param secrets values of the template's secrets by logical id (tests that read captchas give the token ring);
     *     the others are generated at the first start, as CloudFormation generates them
     * @param data a folder that keeps the emulators' data between runs; null keeps it in memory
     * @param inboxPort the SES emulator's port (its web inbox); 0 for the web port + 1 when that is free, else any
     */
    public record Options(int port, String endpoint, String region, boolean demo, Map<String, String> parameters,
            Map<String, String> aws, Map<String, String> secrets, Path data, int inboxPort) {

        public Options(int port, String endpoint, String region, boolean demo, Map<String, String> parameters,
                Map<String, String> aws, Map<String, String> secrets) {
            this(port, endpoint, region, demo, parameters, aws, secrets, null, 0);
        }

        public boolean external() {
            return endpoint != null || !aws.isEmpty();
        }

        public static final String USAGE = """
                options:
                  --port N                 the web UI and API port (default 8080)
                  --data DIR               keep tables, files and keys in DIR across restarts (default: in memory only)
                  --inbox-port N           the port of the SES emulator's web inbox (default: the web port + 1)
                  --parameter Name=Value   a template.yaml parameter, e.g. --parameter MailFrom=huzhu@example.cn
                  --secret Name=Value      a secret's value instead of a generated one, e.g. --secret 'TokenKeys={...}'
                  --no-demo                no demo units, accounts or settings
                  --endpoint URL           use another AWS endpoint (LocalStack) instead of the embedded emulators
                  --region NAME            the region for --endpoint (default cn-north-1)""";

        public static Options parse(String... args) {
            int port = 8080;
            String endpoint = null;
            String region = "cn-north-1";
            boolean demo = true;
            Map<String, String> parameters = new LinkedHashMap<>();
            Map<String, String> secrets = new LinkedHashMap<>();
            Path data = null;
            int inboxPort = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--endpoint" -> endpoint = args[++i];
                    case "--region" -> region = args[++i];
                    case "--no-demo" -> demo = false;
                    case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                    case "--inbox-port" -> inboxPort = Integer.parseInt(args[++i]);
                    case "--parameter" -> {
                        String[] pair = args[++i].split("=", 2);
                        parameters.put(pair[0], pair.length > 1 ? pair[1] : "");
                    }
                    case "--secret" -> {
                        String[] pair = args[++i].split("=", 2);
                        secrets.put(pair[0], pair.length > 1 ? pair[1] : "");
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            Map<String, String> aws = new LinkedHashMap<>();
            if (endpoint != null) {
                System.getenv().forEach((name, value) -> {
                    if (name.startsWith("AWS_ENDPOINT_URL_")) {
                        aws.put(name, value);
                    }
                });
            }
            return new Options(port, endpoint, region, demo, parameters, aws, secrets, data, inboxPort);
        }
    }

    public LocalRuntime(Options options) throws IOException {
        this.dataDirectory = options.external() ? null : options.data();
        Path root = ProjectRoot.find();
        Map<String, String> aws;
        int port = options.port() == 0 ? freePort() : options.port();
        if (!options.external()) {
            emulators = Emulators.start(root, options.data(), inboxPort(options, port));
            resources.add(emulators);
            aws = emulators.awsEnvironment();
        } else {
            emulators = null;
            aws = external(options);
        }
        Map<String, String> parameters = new LinkedHashMap<>(options.parameters());
        parameters.putIfAbsent("Stage", "dev");
        // receipts' QR codes and mails lead to this runtime's own 查验 page
        parameters.putIfAbsent("PublicWebUrl", "http://localhost:" + port + "/");
        deployment = LocalDeployment.deploy(root.resolve("template.yaml"), aws, parameters, options.secrets());
        functions = new FunctionHost(deployment);
        S3Notifications notifications = new S3Notifications(deployment, functions);
        resources.add(notifications);
        resources.add(new Schedules(deployment, functions));
        if (emulators != null) {
            emulators.s3().onObjectCreated(notifications::objectCreated);
        } else {
            notifications.pollWith(s3(aws));
        }
        logins = options.demo() ? seed() : List.of();
        gateway = new LocalGateway(functions, new RouteTable(deployment.template()), port, fileOrigin(aws));
        resources.add(0, gateway);
    }

    /** The port asked for, or next to a web port asked for (8080 → 8081) so the inbox's address is known. */
    private static int inboxPort(Options options, int webPort) {
        if (options.inboxPort() != 0) {
            return options.inboxPort();
        }
        return options.port() != 0 && FreePort.isFree(webPort + 1) ? webPort + 1 : 0;
    }

    /** A port free now, so the web address is known before the functions that print it start. */
    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> external(Options options) {
        Map<String, String> aws = new LinkedHashMap<>();
        aws.put("AWS_REGION", options.region());
        if (options.endpoint() != null) {
            aws.put("AWS_ENDPOINT_URL", options.endpoint());
        }
        aws.put("S3_FORCE_PATH_STYLE", "true");
        String key = System.getenv("AWS_ACCESS_KEY_ID");
        aws.put("AWS_ACCESS_KEY_ID", key == null ? "test" : key);
        String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
        aws.put("AWS_SECRET_ACCESS_KEY", secret == null ? "test" : secret);
        aws.putAll(options.aws());
        return aws;
    }

    /** The origin of the S3 endpoint the functions presign uploads for: the scheme, host and port browsers PUT to. */
    private static String fileOrigin(Map<String, String> aws) {
        String endpoint = aws.getOrDefault("AWS_ENDPOINT_URL_S3", aws.get("AWS_ENDPOINT_URL"));
        if (endpoint == null) {
            return "https://*.amazonaws.com https://*.amazonaws.com.cn";
        }
        URI uri = URI.create(endpoint);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getHost().equals("127.0.0.1") ? " " + uri.getScheme() + "://localhost:" + uri.getPort() : "");
    }

    private static S3Client s3(Map<String, String> aws) {
        String endpoint = aws.getOrDefault("AWS_ENDPOINT_URL_S3", aws.get("AWS_ENDPOINT_URL"));
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(aws.get("AWS_REGION")))
                .forcePathStyle(true).endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(aws.get("AWS_ACCESS_KEY_ID"), aws.get("AWS_SECRET_ACCESS_KEY"))))
                .build();
    }

    private List<DemoData.Login> seed() {
        FunctionSpec office = deployment.template().functions().stream()
                .filter(f -> f.logicalId().equals("ReviewFunction")).findFirst().orElseThrow();
        Env env = RuntimeConfig.of(new Env(deployment.environment(office))).env();
        return DemoData.seed(DynamoStores.create(new AwsSettings(env), Clock.systemUTC()), env.get("DEFAULT_ORG_CODE", "1503"));
    }

    public int port() {
        return gateway.port();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    /** The functions as Lambda would run them here: for invoking one as its schedule or a bucket would. */
    public FunctionHost functions() {
        return functions;
    }

    public LocalDeployment deployment() {
        return deployment;
    }

    public List<DemoData.Login> logins() {
        return logins;
    }

    /** The SES emulator's web inbox, where the mail the system sends can be read. */
    public String inbox() {
        return emulators == null ? null : emulators.sesEndpoint().toString();
    }

    public Emulators emulators() {
        return emulators;
    }

    /** Where the emulators keep their data across restarts, or null when it lives in memory only. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bootstrap")) {
            Bootstrap.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("rekey-people")) {
            RekeyPeople.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (Arrays.asList(args).contains("--help")) {
            System.out.println("./run-local [options]\n" + Options.USAGE);
            return;
        }
        // POI logs through log4j-api; without a provider it complains once at start
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        LocalRuntime runtime = new LocalRuntime(Options.parse(args));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\n正在停止 huzhu 本地环境 …");
            runtime.close();
            stopped.countDown();
        }, "local-runtime-stop"));
        System.out.println();
        System.out.println("  huzhu 职工互助保障参保系统（本地环境）已启动");
        System.out.println("  打开浏览器访问: " + runtime.url());
        if (runtime.inbox() != null) {
            System.out.println("  系统发出的邮件（SES 模拟器收件箱）: " + runtime.inbox());
        }
        if (!runtime.logins().isEmpty()) {
            System.out.println("  演示账号：");
            runtime.logins().forEach(login -> System.out.printf("    %-10s 密码 %-10s %s%n", login.username(),
                    login.password(), login.who()));
        }
        System.out.println(runtime.dataDirectory() == null ? "  数据只在内存中，停止后即清空；用 --data 目录 可保留数据。"
                : "  数据保存在 " + runtime.dataDirectory() + "，下次用同一 --data 启动时仍在。");
        System.out.println("  按 Ctrl-C 停止。");
        stopped.await();
    }
}
