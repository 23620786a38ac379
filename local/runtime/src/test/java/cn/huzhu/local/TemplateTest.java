package cn.huzhu.local;

import static cn.huzhu.emulators.template.SamTemplate.list;
import static cn.huzhu.emulators.template.SamTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import cn.huzhu.adapter.aws.RuntimeConfig;
import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.Log;
import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;
import cn.huzhu.emulators.template.SamTemplate;

/**
 * template.yaml cannot be deployed from here, so its rules are checked here: handlers exist where CodeUri says,
 * routes and handlers agree, every reference resolves, and the pitfalls that only show at `sam deploy` are absent.
 */
class TemplateTest {
    private static final Path ROOT = ProjectRoot.find();
    private static final SamTemplate TEMPLATE = SamTemplate.load(ROOT.resolve("template.yaml"));
    private static final Set<String> PSEUDO = Set.of("AWS::StackName", "AWS::Region", "AWS::AccountId", "AWS::Partition",
            "AWS::URLSuffix", "AWS::NoValue");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    @Test
    void everyHandlerIsAClassOfTheModuleItsCodeUriBuilds() throws IOException {
        assertThat(TEMPLATE.functions()).hasSizeGreaterThanOrEqualTo(6);
        for (FunctionSpec function : TEMPLATE.functions()) {
            Path module = ROOT.resolve(function.module());
            Path source = module.resolve("src/main/java").resolve(function.handlerClass().replace('.', '/') + ".java");
            assertThat(source).as("%s Handler %s", function.logicalId(), function.handlerClass()).isRegularFile();
            String jar = function.codeUri().substring(function.codeUri().lastIndexOf('/') + 1).replace(".jar", "");
            assertThat(Files.readString(module.resolve("pom.xml"))).as("%s builds %s", function.module(), function.codeUri())
                    .contains("<function.name>" + jar + "</function.name>");
            Class<?> handler = loadHandler(function);
            assertThat(RequestStreamHandler.class.isAssignableFrom(handler)).isTrue();
            assertThat(handler.getConstructors()).extracting(c -> c.getParameterCount()).contains(0, 1);
        }
    }

    @Test
    void routesAndHandlersAgree() {
        for (FunctionSpec function : TEMPLATE.functions()) {
            if (function.routes().isEmpty()) {
                continue;
            }
            Map<String, String> env = RunningSystem.get().deployment().environment(function);
            ApiFunction<?> handler = (ApiFunction<?>) instantiate(function, new Env(env));
            Set<String> declared = function.routes().stream().map(FunctionSpec.Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(handler.routeKeys())).as(function.logicalId()).isEqualTo(declared);
        }
        List<String> keys = TEMPLATE.functions().stream().flatMap(f -> f.routes().stream()).map(FunctionSpec.Route::routeKey).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyReferenceResolves() {
        Set<String> names = new HashSet<>(TEMPLATE.resources().keySet());
        names.addAll(TEMPLATE.parameters().keySet());
        names.addAll(PSEUDO);
        List<String> dangling = new ArrayList<>();
        walk(TEMPLATE.raw(), "", (path, function, argument) -> {
            switch (function) {
                case "Ref" -> {
                    if (!names.contains(argument.toString()) && !samGenerated(argument.toString())) {
                        dangling.add(path + ": !Ref " + argument);
                    }
                }
                case "Fn::GetAtt" -> {
                    String resource = String.valueOf(list(argument).get(0));
                    if (!TEMPLATE.resources().containsKey(resource)) {
                        dangling.add(path + ": !GetAtt " + argument);
                    }
                }
                case "Fn::Sub" -> {
                    String text = argument instanceof String s ? s : String.valueOf(list(argument).get(0));
                    Set<String> given = argument instanceof String ? Set.of() : map(list(argument).get(1)).keySet();
                    Matcher matcher = SUB_VARIABLE.matcher(text);
                    while (matcher.find()) {
                        String name = matcher.group(1).split("\\.")[0];
                        if (!names.contains(matcher.group(1)) && !names.contains(name) && !given.contains(name)) {
                            dangling.add(path + ": ${" + matcher.group(1) + "}");
                        }
                    }
                }
                default -> { }
            }
        });
        assertThat(dangling).isEmpty();
        for (FunctionSpec function : TEMPLATE.functions()) {
            Env configured = RuntimeConfig.of(new Env(RunningSystem.get().deployment().environment(function))).env();
            assertThat(configured.get("TABLE_NAME")).as(function.logicalId()).isPresent();
        }
    }

    /**
     * Lambda's Java runtime stops the JIT at its first compiler for quick cold starts; the roster import, which reads
     * hundreds of thousands of rows in one call, asks for the optimising one too. The API functions keep the default.
     */
    @Test
    void onlyTheRosterImportCompilesWithC2() {
        String global = String.valueOf(map(map(TEMPLATE.globalFunction().get("Environment")).get("Variables")).get("JAVA_TOOL_OPTIONS"));
        assertThat(global).contains("-XX:TieredStopAtLevel=1");
        for (FunctionSpec function : TEMPLATE.functions()) {
            String flags = RunningSystem.get().deployment().environment(function).get("JAVA_TOOL_OPTIONS");
            assertThat(flags).as(function.logicalId()).contains(function.logicalId().equals("RosterImportFunction")
                    ? "-XX:TieredStopAtLevel=4" : "-XX:TieredStopAtLevel=1");
        }
    }

    /**
     * A deploy that changes only parameters must reach the code that runs (AutoPublishAlias publishes a version only
     * when the code changes): no parameter reaches a function through its environment, every setting comes from the
     * runtime configuration the functions read at start and look at again, and no secret is in either.
     */
    @Test
    void everySettingReachesTheFunctionsThroughTheRuntimeConfigurationNotTheEnvironment() {
        Map<String, Object> variables = map(map(TEMPLATE.globalFunction().get("Environment")).get("Variables"));
        assertThat(variables.keySet()).containsExactlyInAnyOrder("CONFIG_PARAMETER", "JAVA_TOOL_OPTIONS");
        assertThat(String.valueOf(variables.get("CONFIG_PARAMETER"))).doesNotContain("Ref=");
        for (FunctionSpec function : TEMPLATE.functions()) {
            Object own = TEMPLATE.properties(function.logicalId()).get("Environment");
            if (own != null) {
                // a function may only set its own JVM flags, as plain text: nothing a parameter could change
                Map<String, Object> ownVariables = map(map(own).get("Variables"));
                assertThat(ownVariables.keySet()).as(function.logicalId()).containsOnly("JAVA_TOOL_OPTIONS");
                assertThat(ownVariables.get("JAVA_TOOL_OPTIONS")).as(function.logicalId()).isInstanceOf(String.class);
            }
        }
        Map<String, Object> config = TEMPLATE.properties("RuntimeConfig");
        assertThat(String.valueOf(map(config.get("Name")).get("Fn::Sub"))).isEqualTo("/${AWS::StackName}/runtime-config");
        String values = String.valueOf(list(map(config.get("Value")).get("Fn::Sub")).get(0));
        for (String setting : List.of("TABLE_NAME", "UPLOAD_BUCKET", "GENERATED_BUCKET", "MAIL_FROM", "MAIL_TRANSPORT",
                "SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME", "SMTP_SECRET", "PUBLIC_WEB_URL", "DEFAULT_ORG_CODE",
                "SETTINGS_CACHE_SECONDS", "TOKEN_KEYS", "PERSON_KEYS", "RECEIPT_KEYS")) {
            assertThat(values).contains("\"" + setting + "\":");
        }
        assertThat(TEMPLATE.parameters().keySet()).noneMatch(name -> name.contains("Secret") || name.contains("Password"));
        Map<String, String> configured = RuntimeConfig.of(new Env(RunningSystem.get().deployment()
                .environment(function("InvoiceFunction")))).env().get("TOKEN_KEYS").map(arn -> Map.of("arn", arn)).orElseThrow();
        assertThat(configured.get("arn")).startsWith("arn:aws:secretsmanager:");
    }

    @Test
    void keysAreRingsInSecretsManagerEachReadOnlyByTheFunctionsThatUseIt() {
        for (String ring : List.of("TokenKeys", "PersonKeys", "ReceiptKeys")) {
            Map<String, Object> generate = map(TEMPLATE.properties(ring).get("GenerateSecretString"));
            assertThat(generate.get("SecretStringTemplate")).as(ring).isEqualTo("{\"current\": \"1\"}");
            assertThat(generate.get("GenerateStringKey")).isEqualTo("1");
            assertThat((Integer) generate.get("PasswordLength")).isGreaterThanOrEqualTo(32);
        }
        for (String kept : List.of("PersonKeys", "ReceiptKeys", "SmtpCredentials")) {
            assertThat(map(TEMPLATE.resources().get(kept)).get("DeletionPolicy")).as(kept).isEqualTo("Retain");
        }
        Map<String, Set<String>> readers = new java.util.TreeMap<>();
        for (FunctionSpec function : TEMPLATE.functions()) {
            for (Object statement : statements(function)) {
                Map<String, Object> s = map(statement);
                if (String.valueOf(s.get("Action")).contains("secretsmanager:GetSecretValue")) {
                    for (Object resource : s.get("Resource") instanceof List<?> l ? l : List.of(s.get("Resource"))) {
                        readers.computeIfAbsent(String.valueOf(map(resource).get("Ref")), k -> new TreeSet<>())
                                .add(function.logicalId());
                    }
                }
            }
        }
        // the query function checks the public 参保查询's captcha, made with the token ring
        assertThat(readers.get("TokenKeys")).containsExactlyInAnyOrder("AuthorizerFunction", "AuthFunction", "QueryFunction");
        assertThat(readers.get("PersonKeys")).containsExactlyInAnyOrder("EnrollmentFunction", "RosterImportFunction",
                "ReviewFunction", "QueryFunction");
        assertThat(readers.get("ReceiptKeys")).containsExactlyInAnyOrder("DocumentsFunction", "InvoiceFunction",
                "FulfilmentFunction");
    }

    @Test
    void wrongParametersAreRefusedBeforeAnythingIsCreated() {
        Map<String, String> production = Map.of("Stage", "prod", "MailFrom", "noreply@huzhu.example.cn",
                "PublicWebUrl", "https://huzhu.example.cn/", "WebOrigin", "https://huzhu.example.cn",
                "SmtpHost", "smtp.exmail.qq.com", "AlarmEmail", "ops@huzhu.example.cn",
                "DomainName", "api.huzhu.example.cn", "CertificateArn",
                "arn:aws-cn:acm:cn-north-1:123456789012:certificate/abcd-1234");
        assertThat(violations(production)).isEmpty();
        assertThat(violations(with(production, "SmtpHost", ""))).singleElement().asString().startsWith("SmtpNeedsAServer");
        assertThat(violations(with(with(production, "SmtpHost", ""), "MailTransport", "SES"))).isEmpty();
        assertThat(violations(with(production, "WebOrigin", "*"))).singleElement().asString()
                .startsWith("AnOriginOutsideATrial");
        assertThat(violations(with(with(production, "WebOrigin", "*"), "Stage", "dev"))).isEmpty();
        assertThat(violations(with(production, "AlarmEmail", ""))).singleElement().asString()
                .startsWith("AlarmsReachSomeoneInProduction");
        assertThat(violations(with(production, "CertificateArn", ""))).singleElement().asString()
                .startsWith("ADomainComesWithItsCertificate");
        assertThat(violations(with(with(production, "CertificateArn", ""), "DomainName", ""))).isEmpty();
        assertThat(allowed("MailFrom", "noreply@huzhu.example.cn")).isTrue();
        assertThat(allowed("MailFrom", "noreply")).isFalse();
        assertThat(allowed("MailFrom", "a\"b@c.d")).isFalse();
        assertThat(allowed("PublicWebUrl", "https://huzhu.example.cn/")).isTrue();
        assertThat(allowed("PublicWebUrl", "huzhu.example.cn")).isFalse();
        assertThat(allowed("WebOrigin", "*")).isTrue();
        assertThat(allowed("WebOrigin", "https://a.cn/path")).isFalse();
        assertThat(allowed("CertificateArn", "certificate")).isFalse();
        assertThat(allowed("DomainName", "http://x.cn")).isFalse();
        assertThat(allowed("SmtpHost", "smtp.exmail.qq.com")).isTrue();
        assertThat(allowed("SmtpHost", "smtp.qq.com\",\"X\":\"")).as("nothing breaks out of the JSON it is written in")
                .isFalse();
        // the local runtime deploys the template as CloudFormation would: the same rules refuse it there
        Map<String, String> refused = new java.util.HashMap<>(with(with(production, "SmtpHost", ""), "MailTransport", "SMTP"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalDeployment.deploy(ROOT.resolve("template.yaml"),
                RunningSystem.get().deployment().aws(), refused)).hasMessageContaining("SmtpNeedsAServer");
    }

    private static List<String> violations(Map<String, String> parameters) {
        return new cn.huzhu.emulators.template.Intrinsics(TEMPLATE, "s", "cn-north-1", "1", parameters).ruleViolations();
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(parameters);
        changed.put(name, value);
        return changed;
    }

    /** Whether CloudFormation takes this value of a parameter: its AllowedPattern matches the whole value. */
    private static boolean allowed(String parameter, String value) {
        return value.matches(String.valueOf(map(TEMPLATE.parameters().get(parameter)).get("AllowedPattern")));
    }

    @Test
    void failuresAreSeenBySomeone() {
        for (String triggered : List.of("RosterImportFunction", "FulfilmentFunction")) {
            Map<String, Object> onFailure = map(map(map(function(triggered).properties().get("EventInvokeConfig"))
                    .get("DestinationConfig")).get("OnFailure"));
            assertThat(onFailure.get("Type")).isEqualTo("SQS");
            assertThat(list(map(onFailure.get("Destination")).get("Fn::GetAtt"))).containsExactly("FailedEventsQueue", "Arn");
        }
        for (String alarm : List.of("FailedEventsAlarm", "ApiServerErrorsAlarm", "ErrorLogLinesAlarm", "UndeliveredMailAlarm")) {
            assertThat(list(TEMPLATE.properties(alarm).get("AlarmActions"))).as(alarm).containsExactly(Map.of("Ref", "AlarmTopic"));
        }
        assertThat(TEMPLATE.properties("ApiServerErrorsAlarm").get("MetricName")).isEqualTo("5xx");
        assertThat(TEMPLATE.properties("AlarmEmailSubscription").get("Endpoint")).isEqualTo(Map.of("Ref", "AlarmEmail"));
        for (FunctionSpec function : TEMPLATE.functions()) {
            String id = function.logicalId().replace("Function", "");
            Map<String, Object> logs = TEMPLATE.properties(id + "Logs");
            assertThat(map(logs.get("LogGroupName")).get("Fn::Sub")).as(id).isEqualTo("/aws/lambda/${" + function.logicalId() + "}");
            assertThat(logs.get("RetentionInDays")).isEqualTo(Map.of("Ref", "LogRetentionDays"));
            assertThat(TEMPLATE.properties(id + "ErrorLines").get("FilterPattern")).isEqualTo("{ $.level = \"ERROR\" }");
        }
        for (String mailer : List.of("Review", "Invoice", "Fulfilment")) {
            assertThat(TEMPLATE.properties(mailer + "UndeliveredMail").get("FilterPattern"))
                    .isEqualTo("{ $.alert = \"" + Log.MAIL_UNDELIVERED + "\" }");
        }
        String api = TEMPLATE.resourcesOfType("AWS::Serverless::HttpApi").get(0);
        assertThat(map(TEMPLATE.properties(api).get("AccessLogSettings")).get("DestinationArn"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("ApiAccessLogs", "Arn")));
    }

    @Test
    void theRoutesAnyoneMayCallAreThrottled() {
        String api = TEMPLATE.resourcesOfType("AWS::Serverless::HttpApi").get(0);
        Map<String, Object> routes = map(TEMPLATE.properties(api).get("RouteSettings"));
        List<String> open = TEMPLATE.functions().stream().flatMap(f -> f.routes().stream()).filter(r -> !r.authorized())
                .map(FunctionSpec.Route::routeKey).filter(key -> !key.equals("GET /api/contacts")).toList();
        assertThat(routes.keySet()).containsExactlyInAnyOrderElementsOf(open);
        for (Object settings : routes.values()) {
            assertThat((Integer) map(settings).get("ThrottlingRateLimit")).isBetween(1, 50);
            assertThat((Integer) map(settings).get("ThrottlingBurstLimit")).isBetween(1, 100);
        }
    }

    @Test
    void dataIsKeptSafe() {
        assertThat(TEMPLATE.properties("DataTable").get("DeletionProtectionEnabled")).isEqualTo(true);
        for (String bucket : List.of("UploadBucket", "GeneratedBucket")) {
            String policy = String.valueOf(TEMPLATE.properties(bucket + "TlsOnly"));
            assertThat(policy).contains("Deny", "aws:SecureTransport=false", "Ref=" + bucket);
            String rules = String.valueOf(TEMPLATE.properties(bucket).get("LifecycleConfiguration"));
            assertThat(rules).contains("AbortIncompleteMultipartUpload");
        }
        assertThat(map(TEMPLATE.properties("GeneratedBucket").get("VersioningConfiguration")).get("Status")).isEqualTo("Enabled");
        List<Object> generated = list(map(TEMPLATE.properties("GeneratedBucket").get("LifecycleConfiguration")).get("Rules"));
        assertThat(generated).anySatisfy(rule -> {
            assertThat(map(rule).get("Prefix")).isEqualTo("failed-rows/");
            assertThat(map(rule).get("ExpirationInDays")).isEqualTo(Map.of("Ref", "FailedRowsRetentionDays"));
        });
        List<Object> uploads = list(map(TEMPLATE.properties("UploadBucket").get("LifecycleConfiguration")).get("Rules"));
        assertThat(uploads).anySatisfy(rule -> {
            assertThat(map(rule).get("Prefix")).isEqualTo("jobs/");
            assertThat(map(rule).get("ExpirationInDays")).isEqualTo(30);
        });
        assertThat(map(TEMPLATE.resources().get("ApiDomain")).get("Condition")).isEqualTo("HasDomain");
        assertThat(map(TEMPLATE.resources().get("ApiDomainMapping")).get("Condition")).isEqualTo("HasDomain");
        assertThat(String.valueOf(TEMPLATE.properties("RuntimeConfig").get("Value"))).contains("UseOwnTable", "DataTableName");
    }

    private static List<Object> statements(FunctionSpec function) {
        List<Object> all = new ArrayList<>();
        for (Object policy : list(function.properties().get("Policies"))) {
            for (Object statement : list(map(policy).get("Statement"))) {
                Map<String, Object> s = map(statement);
                // a statement under !If [condition, statement, AWS::NoValue]
                all.add(s.containsKey("Fn::If") ? list(s.get("Fn::If")).get(1) : s);
            }
        }
        return all;
    }

    @Test
    void aBucketTriggeredFunctionDoesNotReferenceItsBucket() {
        for (FunctionSpec function : TEMPLATE.functions()) {
            for (FunctionSpec.S3Trigger trigger : function.s3Triggers()) {
                String bucket = String.valueOf(map(trigger.bucket()).get("Ref"));
                assertThat(TEMPLATE.resources()).containsKey(bucket);
                assertThat(trigger.prefix()).isIn("rosters/", "jobs/renewal/", "jobs/payment/", "jobs/receipts/", "jobs/auto-confirm/", "statements/");
                String policiesAndEnv = String.valueOf(function.properties().get("Policies"))
                        + function.environment();
                assertThat(policiesAndEnv).as("%s must use the bucket's computed name, not a reference (circular dependency)",
                        function.logicalId()).doesNotContain("Ref=" + bucket).doesNotContain("GetAtt=[" + bucket)
                        .doesNotContain("${" + bucket);
                String name = String.valueOf(map(TEMPLATE.properties(bucket).get("BucketName")).get("Fn::Sub"));
                assertThat(String.valueOf(TEMPLATE.properties("RuntimeConfig").get("Value")))
                        .as("the functions learn the bucket's name from the runtime configuration").contains(name);
            }
        }
    }

    @Test
    void apiFunctionsUseSnapStartOnAnAlias() {
        boolean globalAlias = TEMPLATE.globalFunction().containsKey("AutoPublishAlias");
        for (FunctionSpec function : TEMPLATE.functions()) {
            boolean api = !function.routes().isEmpty() || function.logicalId().equals("AuthorizerFunction");
            if (api) {
                assertThat(function.snapStart()).as(function.logicalId()).isTrue();
            }
            if (function.snapStart()) {
                assertThat(globalAlias || function.properties().containsKey("AutoPublishAlias")).isTrue();
            }
        }
        assertThat(TEMPLATE.globalFunction().get("Runtime")).isEqualTo("java21");
    }

    @Test
    void snapStartIsSwitchedByAParameterThatKeepsItOffInChinaUnlessAskedFor() {
        for (FunctionSpec function : TEMPLATE.functions()) {
            if (function.snapStart()) {
                assertThat(function.snapStartCondition()).as(function.logicalId()).isEqualTo("UseSnapStart");
            }
        }
        assertThat(condition("UseSnapStart", "cn-north-1", Map.of())).isFalse();
        assertThat(condition("UseSnapStart", "cn-north-1", Map.of("EnableSnapStart", "true"))).isTrue();
        assertThat(condition("UseSnapStart", "ap-east-1", Map.of())).isTrue();
        assertThat(condition("UseSnapStart", "ap-east-1", Map.of("EnableSnapStart", "false"))).isFalse();
    }

    @Test
    void apiFunctionsCanBeKeptInitialisedWhereSnapStartIsOffAndNoneAreByDefault() {
        Map<String, Object> parameter = map(TEMPLATE.parameters().get("ApiProvisionedConcurrency"));
        assertThat(parameter.get("Default")).isEqualTo(0);
        assertThat(parameter.get("MinValue")).isEqualTo(0);
        assertThat(condition("KeepApiWarm", "cn-north-1", Map.of())).isFalse();
        assertThat(condition("KeepApiWarm", "cn-north-1", Map.of("ApiProvisionedConcurrency", "2"))).isTrue();
        for (FunctionSpec function : TEMPLATE.functions()) {
            Object config = function.properties().get("ProvisionedConcurrencyConfig");
            if (!function.snapStart()) {
                assertThat(config).as(function.logicalId() + " is called by events, not by people").isNull();
                continue;
            }
            // Lambda refuses 0 provisioned instances: none means no setting at all
            List<Object> branches = list(map(config).get("Fn::If"));
            assertThat(branches).as(function.logicalId()).containsExactly("KeepApiWarm",
                    Map.of("ProvisionedConcurrentExecutions", Map.of("Ref", "ApiProvisionedConcurrency")),
                    Map.of("Ref", "AWS::NoValue"));
        }
    }

    @Test
    void mailGoesOverSmtpUnlessSesIsChosenAndThePasswordIsASecret() {
        assertThat(map(TEMPLATE.parameters().get("MailTransport")).get("Default")).isEqualTo("SMTP");
        assertThat(condition("UseSmtp", "cn-north-1", Map.of())).isTrue();
        assertThat(condition("UseSmtp", "ap-southeast-1", Map.of("MailTransport", "SES"))).isFalse();
        assertThat(map(TEMPLATE.resources().get("SmtpCredentials")).get("Condition")).isEqualTo("UseSmtp");
        for (String mailer : List.of("ReviewFunction", "InvoiceFunction", "FulfilmentFunction")) {
            assertThat(String.valueOf(function(mailer).properties().get("Policies"))).as(mailer)
                    .contains("UseSmtp", "SmtpCredentials", "ses:SendEmail");
        }
    }

    private static boolean condition(String name, String region, Map<String, String> parameters) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("MailFrom", "a@b.c", "SmtpHost", "smtp.b.c"));
        values.putAll(parameters);
        return new cn.huzhu.emulators.template.Intrinsics(TEMPLATE, "s", region, "1", values).condition(name);
    }

    @Test
    void theOfficesDataOutlivesTheStack() {
        for (String id : List.of("DataTable", "UploadBucket", "GeneratedBucket")) {
            Map<String, Object> resource = map(TEMPLATE.resources().get(id));
            assertThat(resource.get("DeletionPolicy")).as(id).isEqualTo("Retain");
            assertThat(resource.get("UpdateReplacePolicy")).as(id).isEqualTo("Retain");
        }
        assertThat(TEMPLATE.resourcesOfType("AWS::S3::Bucket")).containsExactlyInAnyOrder("UploadBucket", "GeneratedBucket");
    }

    @Test
    void theAuthorizerIsAPayloadTwoSimpleResponseLambda() {
        String api = TEMPLATE.resourcesOfType("AWS::Serverless::HttpApi").get(0);
        Map<String, Object> auth = map(TEMPLATE.properties(api).get("Auth"));
        Map<String, Object> authorizer = map(map(auth.get("Authorizers")).get(auth.get("DefaultAuthorizer")));
        assertThat(authorizer.get("AuthorizerPayloadFormatVersion")).isEqualTo("2.0");
        assertThat(authorizer.get("EnableSimpleResponses")).isEqualTo(true);
        assertThat(list(map(authorizer.get("Identity")).get("Headers"))).containsExactly("Authorization");
        assertThat((Integer) map(authorizer.get("Identity")).get("ReauthorizeEvery")).as("a revoked token lives this long")
                .isBetween(0, 10);
        assertThat(new RouteTable(TEMPLATE).authorizerFunction()).isEqualTo("AuthorizerFunction");
        assertThat(TEMPLATE.functions().stream().flatMap(f -> f.routes().stream()).filter(r -> !r.authorized())
                .map(FunctionSpec.Route::routeKey)).containsExactlyInAnyOrder("GET /api/auth/captcha", "POST /api/auth/login",
                        "GET /api/contacts", "GET /api/public/receipts/verify", "GET /api/public/confirmations/verify",
                        "POST /api/public/coverage");
    }

    @Test
    void policiesAreNarrow() {
        for (FunctionSpec function : TEMPLATE.functions()) {
            for (Object policy : list(function.properties().get("Policies"))) {
                assertThat(policy).as("%s uses inline statements, not broad managed policies", function.logicalId())
                        .isInstanceOf(Map.class);
            }
            for (Object statement : statements(function)) {
                {
                    Map<String, Object> s = map(statement);
                    List<Object> actions = s.get("Action") instanceof List<?> l ? new ArrayList<>(l) : List.of(s.get("Action"));
                    assertThat(actions).as(function.logicalId()).allSatisfy(action ->
                            assertThat(String.valueOf(action)).doesNotContain("*"));
                    if ("*".equals(s.get("Resource"))) {
                        assertThat(actions).allSatisfy(a -> assertThat(String.valueOf(a)).startsWith("ses:"));
                        assertThat(s).containsKey("Condition");
                    }
                }
            }
        }
    }

    @Test
    void stateIsDurableAndPrivate() {
        Map<String, Object> table = TEMPLATE.properties("DataTable");
        assertThat(table.get("BillingMode")).isEqualTo("PAY_PER_REQUEST");
        assertThat(map(table.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled")).isEqualTo(true);
        assertThat(map(table.get("SSESpecification")).get("SSEEnabled")).isEqualTo(true);
        assertThat(list(table.get("GlobalSecondaryIndexes"))).hasSize(3);
        for (String bucket : TEMPLATE.resourcesOfType("AWS::S3::Bucket")) {
            Map<String, Object> properties = TEMPLATE.properties(bucket);
            assertThat(map(properties.get("PublicAccessBlockConfiguration")).values()).containsOnly(true);
            assertThat(properties).containsKeys("BucketEncryption", "CorsConfiguration");
        }
        assertThat(TEMPLATE.outputs()).containsKeys("ApiUrl", "UploadBucketName", "GeneratedBucketName", "TableName",
                "AlarmTopicArn", "PersonKeysSecret", "ReceiptKeysSecret", "TokenKeysSecret");
    }

    private static FunctionSpec function(String id) {
        return TEMPLATE.functions().stream().filter(f -> f.logicalId().equals(id)).findFirst().orElseThrow();
    }

    private static boolean samGenerated(String name) {
        return TEMPLATE.functions().stream().anyMatch(f -> name.equals(f.logicalId() + "Alias" + TEMPLATE.globalFunction()
                .get("AutoPublishAlias")) || name.equals(f.logicalId() + "Role"));
    }

    private static Class<?> loadHandler(FunctionSpec function) {
        try {
            return Class.forName(function.handlerClass());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(function.handlerClass() + " is not on the classpath", e);
        }
    }

    private static Object instantiate(FunctionSpec function, Env env) {
        try {
            return loadHandler(function).getConstructor(Env.class).newInstance(env);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private interface Visitor {
        void intrinsic(String path, String function, Object argument);
    }

    private static void walk(Object node, String path, Visitor visitor) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> entry : m.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (key.equals("Ref") || key.startsWith("Fn::")) {
                    visitor.intrinsic(path, key, entry.getValue());
                }
                walk(entry.getValue(), path + "/" + key, visitor);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(l.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
