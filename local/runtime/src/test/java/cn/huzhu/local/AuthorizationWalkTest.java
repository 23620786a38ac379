package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/**
 * Walks every route of template.yaml with every kind of caller: nobody, the owning unit, another unit, a reviewer,
 * finance. Who may call what is written here from the specification, not read from the handlers. The walk fails on
 * any route that lets a wrong caller through, and checks afterwards that nothing of the owner's data changed.
 */
class AuthorizationWalkTest {
    private static final String PASSWORD = "huzhu2025";
    private static final Map<String, ApiClient> CALLERS = new LinkedHashMap<>();
    private static final Map<String, String> USERNAMES = Map.of("unit-owner", "unit1", "unit-other", "unit2",
            "reviewer", "reviewer1", "finance", "finance1", "claims", "claims1");
    private static final Map<String, String> PARAMETERS = new LinkedHashMap<>();
    private static final String SECRET_NAME = "权限测试人员";
    private static JsonNode before;

    enum Access { PUBLIC, ANY_LOGIN, UNIT, UNIT_OR_REVIEWER, OFFICE, REVIEWER, FINANCE, CLAIMS, CLAIMS_OR_FINANCE, CLAIMS_FIGURES }

    /** The specification's rule for a route. */
    static Access rule(String method, String path) {
        if (Set.of("/api/auth/captcha", "/api/auth/login", "/api/contacts").contains(path) || path.startsWith("/api/public/")) {
            return Access.PUBLIC;
        }
        if (path.startsWith("/api/auth/")) {
            return Access.ANY_LOGIN;
        }
        if (path.equals("/api/documents/roster-template")) {
            return Access.UNIT_OR_REVIEWER;
        }
        if (path.startsWith("/api/office/statement") || path.startsWith("/api/office/arrivals")
                || path.startsWith("/api/office/receipt-requests")) {
            // 到账核对: the office account's statements and every unit's transfers are finance's alone
            return Access.FINANCE;
        }
        if (path.startsWith("/api/office/accounts")) {
            // logins are managed by reviewers in 单位管理: finance does not list or make them
            return Access.REVIEWER;
        }
        if (path.startsWith("/api/office/corrections")) {
            // 信息更正 shows a member's old and new names and numbers: the reviewers who decide them, nobody else
            return Access.REVIEWER;
        }
        if (path.startsWith("/api/claim-benefits/") || path.equals("/api/claim-documents")) {
            // the figures a claim is computed by: whoever files, handles or pays claims, and the reviewers who keep them
            return Access.CLAIMS_FIGURES;
        }
        if (path.startsWith("/api/office/claims")) {
            // diagnoses and bank accounts: the 理赔员 handle claims, finance pays them; both may look, nobody else
            if (path.endsWith("/pay") || path.contains("/payouts")) {
                return Access.FINANCE;
            }
            return method.equals("GET") ? Access.CLAIMS_OR_FINANCE : Access.CLAIMS;
        }
        if (path.startsWith("/api/office/payments")) {
            // 确认收款 and the receipts' mail are finance's; both office roles may look
            return method.equals("GET") ? Access.OFFICE : Access.FINANCE;
        }
        if (path.startsWith("/api/office/")) {
            return method.equals("GET") ? Access.OFFICE : Access.REVIEWER;
        }
        return Access.UNIT;
    }

    static boolean allowed(Access access, String caller) {
        return switch (access) {
            case PUBLIC -> true;
            case ANY_LOGIN -> !caller.equals("nobody");
            case UNIT -> caller.startsWith("unit");
            case UNIT_OR_REVIEWER -> caller.startsWith("unit") || caller.equals("reviewer");
            case OFFICE -> caller.equals("reviewer") || caller.equals("finance");
            case REVIEWER -> caller.equals("reviewer");
            case FINANCE -> caller.equals("finance");
            case CLAIMS -> caller.equals("claims");
            case CLAIMS_OR_FINANCE -> caller.equals("claims") || caller.equals("finance");
            case CLAIMS_FIGURES -> !caller.equals("nobody");
        };
    }

    @BeforeAll
    static void ownerAndCallers() {
        ApiClient owner = RunningSystem.client().login("unit1", PASSWORD);
        CALLERS.put("nobody", RunningSystem.client());
        CALLERS.put("unit-owner", owner);
        CALLERS.put("unit-other", RunningSystem.client().login("unit2", PASSWORD));
        CALLERS.put("reviewer", RunningSystem.client().login("reviewer1", PASSWORD));
        CALLERS.put("finance", RunningSystem.client().login("finance1", PASSWORD));
        CALLERS.put("claims", RunningSystem.client().login("claims1", PASSWORD));

        JsonNode enrollment = owner.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZY01", "shares", 1))))
                .expect(201).body();
        String id = enrollment.path("id").asText();
        byte[] roster = RosterFiles.withTemplateHeader().person(SECRET_NAME, TestIds.man(LocalDate.of(1983, 3, 3), 3))
                .person("坏行", "123").xlsx();
        String batchId = owner.importRoster(id, "ZY01", "a.xlsx", roster).path("id").asText();
        byte[] pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
        JsonNode attachment = owner.post("/api/enrollments/" + id + "/attachments", Map.of("fileName", "a.pdf", "size", pdf.length))
                .expect(201).body();
        ApiClient.upload(attachment, pdf);
        String attachmentId = attachment.path("attachment").path("id").asText();
        owner.post("/api/enrollments/" + id + "/attachments/" + attachmentId + "/complete", null).expect(200);

        PARAMETERS.putAll(RouteSamples.parameters());
        PARAMETERS.put("id", id);
        PARAMETERS.put("batchId", batchId);
        PARAMETERS.put("attachmentId", attachmentId);
        PARAMETERS.put("memberKey", owner.get("/api/enrollments/" + id + "/plans/ZY01/members").body()
                .path("items").get(0).path("key").asText());
        PARAMETERS.put("unitId", "demo-unit-1");
        PARAMETERS.put("username", "unit1");
        before = owner.get("/api/enrollments/" + id).body();
    }

    /** Well-formed bodies, so a refusal is about who calls, not about the body. */
    private static Object body(String method, String path) {
        if (method.equals("GET") || method.equals("DELETE")) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        switch (path) {
            case "/api/enrollments" -> body.put("plans", List.of(Map.of("planCode", "ZY01", "shares", 1)));
            case "/api/enrollments/{id}" -> body.put("employeeCount", 99);
            case "/api/enrollments/{id}/plans" -> body.putAll(Map.of("planCode", "ZJ01", "shares", 1));
            case "/api/enrollments/{id}/plans/{planCode}" -> body.put("anonymousCount", 77);
            case "/api/enrollments/{id}/plans/{planCode}/members/{memberKey}" -> body.put("name", "改名");
            case "/api/enrollments/{id}/roster-uploads" -> body.putAll(Map.of("planCodes", List.of("ZY01"), "fileName", "b.xlsx",
                    "size", 100));
            case "/api/enrollments/{id}/attachments" -> body.putAll(Map.of("fileName", "b.pdf", "size", 100));
            case "/api/office/enrollments/{id}/return", "/api/office/corrections/{id}/{correctionId}/refuse" ->
                    body.put("reason", "越权退回");
            case "/api/office/plans/{planCode}/retired", "/api/office/activities/{activityId}/retired",
                    "/api/office/accounts/{username}/disabled" -> body.put("value", true);
            case "/api/office/units/{unitId}" -> body.put("name", "越权改名");
            case "/api/invoicing/{id}/receipts/{number}/reissue", "/api/office/payments/{id}/receipts/{number}/replace" ->
                    body.putAll(Map.of("title", "越权抬头", "payerEmail", "x@example.cn", "reason", "越权"));
            case "/api/office/payments/{id}/receipts/{number}/reverse", "/api/office/payments/{id}/receipts/{number}/refuse" ->
                    body.put("reason", "越权");
            default -> { }
        }
        return body;
    }

    @Test
    void noRouteLetsTheWrongCallerThroughAndTheOwnersDataStaysAsItWas() {
        assertThat(walk()).isEmpty();
        ApiClient owner = CALLERS.get("unit-owner");
        JsonNode after = owner.get("/api/enrollments/" + PARAMETERS.get("id")).expect(200).body();
        assertThat(after).isEqualTo(before);
        assertThat(owner.get("/api/enrollments/" + PARAMETERS.get("id") + "/plans/ZY01/members").body().toString())
                .contains(SECRET_NAME);
        assertThat(owner.get("/api/enrollments/" + PARAMETERS.get("id") + "/attachments").body()).hasSize(1);
        assertThat(owner.get("/api/unit/profile").body().path("unit").path("name").asText()).isEqualTo("青岛区测试单位1");
        assertThat(RunningSystem.client().login("unit1", PASSWORD).token()).isNotBlank();
    }

    private List<String> walk() {
        List<String> breaches = new ArrayList<>();
        List<FunctionSpec.Route> routes = RunningSystem.get().deployment().template().functions().stream()
                .flatMap(f -> f.routes().stream()).toList();
        assertThat(routes).hasSizeGreaterThan(50);
        for (FunctionSpec.Route route : routes) {
            Access access = rule(route.method(), route.path());
            String path = route.path();
            for (Map.Entry<String, String> parameter : PARAMETERS.entrySet()) {
                path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            for (Map.Entry<String, ApiClient> caller : CALLERS.entrySet()) {
                boolean mayCall = allowed(access, caller.getKey());
                boolean read = route.method().equals("GET");
                if (mayCall && !read && !caller.getKey().equals("unit-other")) {
                    continue;
                }
                ApiClient client = caller.getValue();
                if (route.path().equals("/api/auth/logout") && USERNAMES.containsKey(caller.getKey())) {
                    // logging out ends the session: walk it with a session of its own
                    client = RunningSystem.client().login(USERNAMES.get(caller.getKey()), PASSWORD);
                }
                // 查验 is limited per address: walked from an address of its own, it leaves the other tests' quota alone
                ApiClient.Response response = route.path().startsWith("/api/public/")
                        ? client.sendFrom("127.0.0.8", route.method(), path, body(route.method(), route.path()))
                        : client.send(route.method(), path, body(route.method(), route.path()));
                int status = response.status();
                String label = route.routeKey() + " as " + caller.getKey() + " → " + status;
                if (!mayCall) {
                    if (status != (caller.getKey().equals("nobody") ? 401 : 403)) {
                        breaches.add(label + " (expected " + (caller.getKey().equals("nobody") ? 401 : 403) + ")");
                    }
                } else if (caller.getKey().equals("unit-other") && route.path().contains("{id}")) {
                    if (status < 400 || String.valueOf(response.body()).contains(SECRET_NAME)) {
                        breaches.add(label + " (another unit's data)");
                    }
                } else if (status == 401 || status == 403) {
                    breaches.add(label + " (a caller the specification allows was refused)");
                }
            }
        }
        return breaches;
    }
}
