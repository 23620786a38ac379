package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/**
 * Bounded bursts of parallel requests at the local runtime, as double clicks, two open tabs and scripts send them. After
 * each burst the counts the system shows are compared with the rows it stored.
 */
class ConcurrencyEndToEndTest {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(20);
    private final ApiClient unit = RunningSystem.client().login("unit1", "huzhu2025");
    private final DynamoStores stores = stores();

    private static DynamoStores stores() {
        LocalRuntime system = RunningSystem.get();
        FunctionSpec function = system.deployment().template().functions().get(0);
        return DynamoStores.create(new AwsSettings(RunningSystem.configured(function)), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static <T> List<T> burst(int count, IntFunction<T> request) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            calls.add(() -> request.apply(index));
        }
        List<T> answers = new ArrayList<>();
        for (Future<T> answer : POOL.invokeAll(calls)) {
            answers.add(answer.get());
        }
        return answers;
    }

    /** An enrollment of plan ZY01 with these people imported. */
    private String enrollmentWith(int people) {
        String id = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZY01", "shares", 1))))
                .expect(201).body().path("id").asText();
        RosterFiles roster = RosterFiles.withTemplateHeader();
        for (int i = 0; i < people; i++) {
            roster.person("员工" + (char) ('甲' + i), TestIds.man(LocalDate.of(1980, 1, 1).plusDays(i), 7));
        }
        unit.importRoster(id, "ZY01", "名单.xlsx", roster.xlsx());
        return id;
    }

    private List<JsonNode> members(String id) {
        return new ArrayList<>(List.copyOf(toList(unit.get("/api/enrollments/" + id + "/plans/ZY01/members?limit=200")
                .expect(200).body().path("items"))));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private MemberStats shown(String id) {
        JsonNode plan = unit.get("/api/enrollments/" + id).expect(200).body().path("plans").get(0);
        return new MemberStats(plan.path("named").asInt(), plan.path("highRisk").asInt(), plan.path("unexpired").asInt());
    }

    private JsonNode shownPlan(String id, String code) {
        for (JsonNode plan : unit.get("/api/enrollments/" + id).expect(200).body().path("plans")) {
            if (plan.path("code").asText().equals(code)) {
                return plan;
            }
        }
        throw new AssertionError(code);
    }

    private void countsEqualStoredRows(String id) {
        assertThat(shown(id)).isEqualTo(stores.members.count(id, "ZY01"));
    }

    @Test
    void twoEditsOfTwoMembersToTheSameNewNumberCannotBothWin() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = enrollmentWith(2);
            List<JsonNode> members = members(id);
            String newId = TestIds.man(LocalDate.of(1990, 5, 5), 40 + round);
            List<Integer> statuses = burst(2, i -> unit.put("/api/enrollments/" + id + "/plans/ZY01/members/"
                    + members.get(i).path("key").asText(), Map.of("name", "同一人", "idNumber", newId)).status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(stores.members.count(id, "ZY01").named()).isEqualTo(2);
            countsEqualStoredRows(id);
        }
    }

    @Test
    void twentyDeletesOfOneMemberRemoveExactlyOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = enrollmentWith(6);
            String key = members(id).get(0).path("key").asText();
            List<Integer> statuses = burst(20, i -> unit.delete("/api/enrollments/" + id + "/plans/ZY01/members/" + key).status());
            assertThat(statuses).filteredOn(status -> status == 204).hasSize(1);
            assertThat(statuses).allMatch(status -> status == 204 || status == 404 || status == 409);
            assertThat(stores.members.count(id, "ZY01").named()).isEqualTo(5);
            countsEqualStoredRows(id);
        }
    }

    @Test
    void aBurstOfEditsOfDifferentMembersLosesNone() throws Exception {
        String id = enrollmentWith(12);
        List<JsonNode> members = members(id);
        List<Integer> statuses = burst(12, i -> unit.put("/api/enrollments/" + id + "/plans/ZY01/members/"
                + members.get(i).path("key").asText(), Map.of("name", members.get(i).path("name").asText(),
                "occupation", "高危职业")).status());
        assertThat(statuses).allMatch(status -> status == 200 || status == 409);
        long saved = statuses.stream().filter(status -> status == 200).count();
        assertThat(stores.members.count(id, "ZY01").highRisk()).isEqualTo((int) saved).isGreaterThan(0);
        countsEqualStoredRows(id);
    }

    @Test
    void anEnrollmentCannotBeSubmittedWhileItsRosterImportsAndTheImportCannotChangeASubmittedOne() throws Exception {
        String id = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZJ01", "shares", 1))))
                .expect(201).body().path("id").asText();
        unit.put("/api/enrollments/" + id, Map.of("employeeCount", 30_000, "femaleEmployeeCount", 10_000)).expect(200);
        unit.put("/api/enrollments/" + id + "/plans/ZJ01", Map.of("anonymousCount", 1)).expect(200);
        RosterFiles roster = RosterFiles.withTemplateHeader();
        for (int i = 0; i < 15_000; i++) {
            roster.person("员工", TestIds.resident("370202", LocalDate.of(1970, 1, 1).plusDays(i / 900), i % 900 + 1));
        }
        byte[] file = roster.xlsx();
        JsonNode ticket = unit.post("/api/enrollments/" + id + "/roster-uploads",
                Map.of("planCodes", List.of("ZJ01"), "fileName", "大名单.xlsx", "size", file.length)).expect(201).body();
        ApiClient.upload(ticket, file);
        String batch = "/api/enrollments/" + id + "/batches/" + ticket.path("batch").path("id").asText();
        unit.await(batch, b -> !b.path("status").asText().equals("WAITING"), Duration.ofSeconds(30));
        int refused = 0;
        JsonNode submitted = null;
        while (submitted == null && unit.get(batch).body().path("status").asText().equals("RUNNING")) {
            ApiClient.Response answer = unit.post("/api/enrollments/" + id + "/submit", null);
            if (answer.status() == 200) {
                submitted = answer.body();
            } else {
                assertThat(answer.code()).isEqualTo("IMPORT_RUNNING");
                refused++;
            }
            Thread.sleep(50);
        }
        assertThat(refused).as("submissions tried while rows were being stored").isPositive();
        if (submitted == null) {
            submitted = unit.post("/api/enrollments/" + id + "/submit", null).expect(200).body();
        }
        unit.await(batch, b -> b.path("status").asText().equals("DONE"), Duration.ofSeconds(30));
        assertThat(submitted.path("plans").get(0).path("named").asInt()).isEqualTo(15_000)
                .isEqualTo(stores.members.count(id, "ZJ01").named());
        assertThat(shownPlan(id, "ZJ01").path("named").asInt()).isEqualTo(15_000);
    }

    /** A unit login of its own, created by the office, so its failures are this test's alone. */
    private static String freshLogin() {
        ApiClient reviewer = RunningSystem.client().login("reviewer1", "huzhu2025");
        String username = "burst" + System.nanoTime() % 1_000_000_000;
        JsonNode created = reviewer.post("/api/office/units", Map.of("name", "并发登录单位" + username, "username", username))
                .expect(201).body();
        String temporary = created.path("credentials").path("temporaryPassword").asText();
        ApiClient first = RunningSystem.client().login(username, temporary);
        first.post("/api/auth/password", Map.of("currentPassword", temporary, "newPassword", "Right-" + username + "9"))
                .expect(200);
        return username;
    }

    @Test
    void everyRefusedLoginOfABurstIsCountedAndTheRightPasswordGetsNoTokenOnceLocked() throws Exception {
        String username = freshLogin();
        List<ApiClient.Response> wrong = burst(23, i -> RunningSystem.client().tryLogin(username, "Wrong-" + i + "x"));
        Account stored = stores.accounts.find(username).orElseThrow();
        assertThat(stored.failedAttempts()).isEqualTo(23);
        assertThat(stored.lockedAt(java.time.Instant.now())).isTrue();
        assertThat(wrong).allSatisfy(answer -> assertThat(answer.code()).isIn("BAD_CREDENTIALS", "ACCOUNT_LOCKED"));
        assertThat(wrong).filteredOn(answer -> "BAD_CREDENTIALS".equals(answer.code())).hasSizeLessThan(5);

        List<ApiClient.Response> withTheRightOne = burst(6, i -> RunningSystem.client().tryLogin(username,
                i == 3 ? "Right-" + username + "9" : "Again-" + i + "x"));
        assertThat(withTheRightOne).allSatisfy(answer -> {
            assertThat(answer.code()).isEqualTo("ACCOUNT_LOCKED");
            assertThat(answer.body().has("token")).isFalse();
        });
        assertThat(stores.accounts.find(username).orElseThrow().failedAttempts()).isEqualTo(29);
    }

    @Test
    void wrongCurrentPasswordsOfThePasswordChangeCountTooEvenInABurst() throws Exception {
        String username = freshLogin();
        ApiClient session = RunningSystem.client().login(username, "Right-" + username + "9");
        List<Integer> statuses = burst(8, i -> session.post("/api/auth/password",
                Map.of("currentPassword", "Guess-" + i + "x", "newPassword", "Next-" + i + "-pass9")).status());
        assertThat(statuses).containsOnly(400);
        Account stored = stores.accounts.find(username).orElseThrow();
        assertThat(stored.failedAttempts()).isEqualTo(8);
        assertThat(stored.lockedUntil()).isNotNull();
    }
}
