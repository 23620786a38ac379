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

import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.template.FunctionSpec;
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
        Map<String, String> environment = RunningSystem.get().deployment().environment(function("AuthFunction"));
        for (FunctionSpec function : TEMPLATE.functions()) {
            if (function.routes().isEmpty()) {
                continue;
            }
            Map<String, String> env = RunningSystem.get().deployment().environment(function);
            env.putIfAbsent("TOKEN_SECRET", environment.get("TOKEN_SECRET"));
            ApiFunction handler = (ApiFunction) instantiate(function, new Env(env));
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
                    Matcher matcher = SUB_VARIABLE.matcher(text);
                    while (matcher.find()) {
                        String name = matcher.group(1).split("\\.")[0];
                        if (!names.contains(matcher.group(1)) && !names.contains(name)) {
                            dangling.add(path + ": ${" + matcher.group(1) + "}");
                        }
                    }
                }
                default -> { }
            }
        });
        assertThat(dangling).isEmpty();
        for (FunctionSpec function : TEMPLATE.functions()) {
            assertThat(RunningSystem.get().deployment().environment(function)).as(function.logicalId())
                    .containsKey("TABLE_NAME").doesNotContainValue(null);
        }
    }

    @Test
    void aBucketTriggeredFunctionDoesNotReferenceItsBucket() {
        for (FunctionSpec function : TEMPLATE.functions()) {
            for (FunctionSpec.S3Trigger trigger : function.s3Triggers()) {
                String bucket = String.valueOf(map(trigger.bucket()).get("Ref"));
                assertThat(TEMPLATE.resources()).containsKey(bucket);
                assertThat(trigger.prefix()).isIn("rosters/", "jobs/renewal/", "jobs/payment/");
                String policiesAndEnv = String.valueOf(function.properties().get("Policies"))
                        + function.environment();
                assertThat(policiesAndEnv).as("%s must use the bucket's computed name, not a reference (circular dependency)",
                        function.logicalId()).doesNotContain("Ref=" + bucket).doesNotContain("GetAtt=[" + bucket)
                        .doesNotContain("${" + bucket);
                String name = String.valueOf(map(TEMPLATE.properties(bucket).get("BucketName")).get("Fn::Sub"));
                assertThat(policiesAndEnv).contains(name);
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
    void mailGoesOverSmtpWhereTheRegionHasNoSes() {
        assertThat(condition("UseSmtp", "cn-north-1", Map.of())).isTrue();
        assertThat(condition("UseSmtp", "cn-northwest-1", Map.of())).isTrue();
        assertThat(condition("UseSmtp", "ap-southeast-1", Map.of())).isFalse();
        assertThat(condition("UseSmtp", "ap-southeast-1", Map.of("MailTransport", "SMTP"))).isTrue();
        assertThat(map(TEMPLATE.parameters().get("SmtpPassword")).get("NoEcho")).isEqualTo(true);
        FunctionSpec review = function("ReviewFunction");
        assertThat(review.environment()).containsKeys("MAIL_TRANSPORT", "SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME",
                "SMTP_PASSWORD", "MAIL_FROM");
    }

    private static boolean condition(String name, String region, Map<String, String> parameters) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("TokenSecret", "x".repeat(32), "PersonKeySecret",
                "y".repeat(32), "MailFrom", "a@b.c"));
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
                        "GET /api/contacts", "GET /api/public/receipts/verify", "GET /api/public/confirmations/verify");
    }

    @Test
    void policiesAreNarrow() {
        for (FunctionSpec function : TEMPLATE.functions()) {
            for (Object policy : list(function.properties().get("Policies"))) {
                assertThat(policy).as("%s uses inline statements, not broad managed policies", function.logicalId())
                        .isInstanceOf(Map.class);
                for (Object statement : list(map(policy).get("Statement"))) {
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
        assertThat(TEMPLATE.outputs()).containsKeys("ApiUrl", "UploadBucketName", "GeneratedBucketName", "TableName");
        assertThat(TEMPLATE.parameters()).containsKeys("Stage", "MailFrom", "TokenSecret", "PersonKeySecret");
        assertThat(map(TEMPLATE.parameters().get("TokenSecret")).get("NoEcho")).isEqualTo(true);
        assertThat(map(TEMPLATE.parameters().get("PersonKeySecret")).get("NoEcho")).isEqualTo(true);
        assertThat(map(TEMPLATE.parameters().get("ReceiptKeySecret")).get("NoEcho")).isEqualTo(true);
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
