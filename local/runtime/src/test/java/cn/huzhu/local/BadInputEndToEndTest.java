package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.emulators.template.FunctionSpec;

/**
 * Bodies, filters and cursors as careless or hostile clients send them, over HTTP through the local runtime: every
 * answer is a 4xx with a code and a Chinese message, never a 500, and nothing stored changes half-way.
 */
class BadInputEndToEndTest {
    private static final String PASSWORD = "huzhu2025";
    private static final List<String> NASTY = List.of("null", "[null]", "{\"plans\":[null]}", "{}x", "1.5", "\"text\"",
            "{\"shares\":1.5,\"anonymousCount\":2.9,\"employeeCount\":1e309,\"planCodes\":[null]}", "[".repeat(5000),
            "{\"fileName\":\"" + "长".repeat(200_000) + ".xlsx\",\"size\":10,\"planCodes\":[\"ZY01\"]}");
    private static ApiClient unit;
    private static ApiClient reviewer;
    private static ApiClient finance;
    private static ApiClient claims;
    private static String enrollment;

    @BeforeAll
    static void callers() {
        unit = RunningSystem.client().login("unit2", PASSWORD);
        reviewer = RunningSystem.client().login("reviewer1", PASSWORD);
        finance = RunningSystem.client().login("finance1", PASSWORD);
        claims = RunningSystem.client().login("claims1", PASSWORD);
        enrollment = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZY01", "shares", 1))))
                .expect(201).body().path("id").asText();
    }

    /** Routes whose action would end the sessions or the logins the other tests use. */
    private static boolean sparing(FunctionSpec.Route route) {
        return route.path().equals("/api/auth/logout") || route.path().startsWith("/api/office/accounts/");
    }

    @Test
    void noRouteAnswersAnyBodyWithAServerError() {
        String walked = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZY01", "shares", 1))))
                .expect(201).body().path("id").asText();
        Map<String, String> parameters = RouteSamples.parameters();
        parameters.putAll(Map.of("id", walked, "unitId", "demo-unit-2", "username", "unit2"));
        List<String> failures = new ArrayList<>();
        for (FunctionSpec function : RunningSystem.get().deployment().template().functions()) {
            for (FunctionSpec.Route route : function.routes()) {
                if (sparing(route) || route.method().equals("GET") || route.method().equals("DELETE")) {
                    continue;
                }
                String path = route.path();
                for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                    path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
                }
                boolean financeOnly = route.path().startsWith("/api/office/payments")
                        || route.path().startsWith("/api/office/statement") || route.path().startsWith("/api/office/arrivals");
                ApiClient caller = financeOnly || route.path().endsWith("/pay") ? finance
                        : route.path().startsWith("/api/office/claims") ? claims
                        : route.path().startsWith("/api/office/") ? reviewer : unit;
                for (String body : NASTY) {
                    ApiClient.Response response = caller.sendRaw(route.method(), path, body);
                    boolean refusedWithoutCode = response.status() >= 400 && (response.body() == null || response.code() == null);
                    if (response.status() >= 500 || refusedWithoutCode) {
                        failures.add(route.routeKey() + " with " + body.substring(0, Math.min(40, body.length())) + " → "
                                + response.status());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void numbersWithFractionsAreRefusedNotRoundedAndNothingIsStored() {
        String base = "/api/enrollments/" + enrollment;
        JsonNode before = unit.get(base).expect(200).body();
        ApiClient.Response shares = unit.sendRaw("PUT", base + "/plans/ZY01", "{\"shares\":1.5}").expect(400);
        assertThat(shares.body().path("message").asText()).contains("shares");
        unit.sendRaw("PUT", base + "/plans/ZY01", "{\"anonymousCount\":2.9}").expect(400);
        unit.sendRaw("PUT", base, "{\"employeeCount\":10.5}").expect(400);
        unit.sendRaw("PUT", base, "{\"employeeCount\":10} trailing").expect(400);
        unit.sendRaw("POST", "/api/enrollments", "{\"plans\":[{\"planCode\":\"ZY01\",\"shares\":1}]}{\"x\":1}").expect(400);
        assertThat(unit.get(base).expect(200).body()).isEqualTo(before);
    }

    @Test
    void anAmountWithAnExponentIsRefusedAsTextWhereverMoneyArrivesAndNothingIsStored() {
        String id = Businesses.approved(unit, "指数", java.time.LocalDate.of(1990, 2, 2));
        JsonNode before = unit.get("/api/invoicing/" + id).expect(200).body();
        for (String amount : List.of("1e3000000", "1E10000000", "9".repeat(40), "-1e-3000000")) {
            Map<String, Object> invoice = Map.of("source", "会员自付", "title", "指数全体会员", "payerEmail", "e@example.cn",
                    "lines", List.of(Map.of("planCode", "NT01", "persons", 8, "unitPrice", amount)));
            JsonNode preview = unit.post("/api/invoicing/" + id + "/preview", invoice).expect(200).body();
            assertThat(preview.path("problems").findValuesAsText("field")).as(amount).contains("lines[0].unitPrice");
            ApiClient.Response saved = unit.post("/api/invoicing/" + id + "/invoices", invoice).expect(400);
            assertThat(saved.body().path("details").findValuesAsText("field")).as(amount).contains("lines[0].unitPrice");
            assertThat(reviewer.put("/api/office/enrollments/" + id + "/plans/NT01/claim", Map.of("amount", amount))
                    .expect(400).code()).isEqualTo("CLAIM_INVALID");
            assertThat(finance.post("/api/office/payments/" + id + "/confirm", Map.of("amount", amount,
                    "receivedOn", "2026-01-05", "bankReference", "X")).expect(400).code()).isEqualTo("PAYMENT_INVALID");
        }
        assertThat(unit.get("/api/invoicing/" + id).expect(200).body()).isEqualTo(before);
    }

    @Test
    void aLoginBodyOfNullIsAClearRefusal() {
        ApiClient.Response refused = RunningSystem.client().sendRaw("POST", "/api/auth/login", "null").expect(400);
        assertThat(refused.code()).isEqualTo("BODY_REQUIRED");
        assertThat(refused.body().path("message").asText()).isEqualTo("请求内容不能为空");
    }

    @Test
    void reversedOrImpossibleDateRangesAndTamperedCursorsAreRefused() {
        assertThat(reviewer.get("/api/office/enrollments?state=ALL&from=2026-03-01&to=2026-01-01").expect(400).code())
                .isEqualTo("DATE_RANGE_REVERSED");
        assertThat(reviewer.get("/api/office/enrollments?from=%2B999999999-12-31").expect(400).code()).isIn("DATE_INVALID",
                "DATE_OUT_OF_RANGE");
        assertThat(reviewer.get("/api/office/enrollments?from=1900-01-01").expect(400).code()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(reviewer.get("/api/office/enrollments?from=2026-02-30").expect(400).code()).isEqualTo("DATE_INVALID");
        for (String cursor : List.of("eyJQSyI6IngifQ", "bnVsbA", "W10", "!!!", "eyJQSyI6IkVOUiN4IiwiU0siOiJFTlIifQ")) {
            assertThat(unit.get("/api/enrollments?cursor=" + cursor).expect(400).code()).isEqualTo("CURSOR_INVALID");
            assertThat(reviewer.get("/api/office/enrollments?state=ALL&cursor=" + cursor).expect(400).code())
                    .isEqualTo("CURSOR_INVALID");
            assertThat(unit.get("/api/enrollments/" + enrollment + "/plans/ZY01/members?cursor=" + cursor).expect(400).code())
                    .isEqualTo("CURSOR_INVALID");
        }
    }

    @Test
    void aHugeFileNameIsRefusedLikeAnAttachmentsName() {
        String name = "名".repeat(400_000) + ".xlsx";
        ApiClient.Response refused = unit.post("/api/enrollments/" + enrollment + "/roster-uploads",
                Map.of("planCodes", List.of("ZY01"), "fileName", name, "size", 100)).expect(400);
        assertThat(refused.code()).isEqualTo("FILE_NAME_TOO_LONG");
        assertThat(unit.get("/api/enrollments/" + enrollment + "/batches").expect(200).body()).isEmpty();
    }

    @Test
    void aProfileSaveWithUnknownFieldsErasesNothing() {
        JsonNode before = unit.get("/api/unit/profile").expect(200).body();
        JsonNode after = unit.sendRaw("PUT", "/api/unit/profile", "{\"a\":1}").expect(200).body();
        assertThat(after).isEqualTo(before);
        assertThat(after.path("unit").path("email").asText()).isNotBlank();
        ApiClient.Response refused = unit.put("/api/unit/profile", Map.of("email", " ")).expect(400);
        assertThat(refused.body().path("message").asText()).contains("邮箱");
        assertThat(unit.get("/api/unit/profile").expect(200).body()).isEqualTo(before);
    }
}
