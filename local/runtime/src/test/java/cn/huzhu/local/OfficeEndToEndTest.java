package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.TestIds;

/** The office side over HTTP: 初审 rounds with their mail, the catalog, units and logins, settings. */
class OfficeEndToEndTest {
    private final ApiClient reviewer = RunningSystem.client().login("reviewer1", "huzhu2025");

    private static JsonNode submittedBy(ApiClient unit) {
        String id = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZY01", "shares", 1))))
                .expect(201).body().path("id").asText();
        byte[] roster = RosterFiles.withTemplateHeader().person("吴用", TestIds.man(LocalDate.of(1982, 4, 4), 3)).xlsx();
        unit.importRoster(id, "ZY01", "名单.xlsx", roster);
        unit.put("/api/enrollments/" + id, Map.of("employeeCount", 3, "femaleEmployeeCount", 1)).expect(200);
        return unit.post("/api/enrollments/" + id + "/submit", null).expect(200).body();
    }

    private static List<SesStore.Mail> mailsAbout(String applicationNo) {
        return SesStore.mails(RunningSystem.get().emulators().sesEndpoint()).stream()
                .filter(mail -> mail.subject().contains(applicationNo)).toList();
    }

    @Test
    void aReturnedEnrollmentIsFixedResubmittedAndApprovedWithAMailEachTime() {
        ApiClient unit = RunningSystem.client().login("unit1", "huzhu2025");
        JsonNode submitted = submittedBy(unit);
        String id = submitted.path("id").asText();
        String no = submitted.path("applicationNo").asText();

        JsonNode queue = reviewer.get("/api/office/enrollments?state=SUBMITTED&limit=100").expect(200).body();
        assertThat(queue.path("items")).extracting(e -> e.path("id").asText()).contains(id);
        List<String> times = queue.path("items").findValuesAsText("submittedAt");
        assertThat(times).isSorted();
        JsonNode dossier = reviewer.get("/api/office/enrollments/" + id).expect(200).body();
        assertThat(dossier.path("unit").path("unit").path("name").asText()).isEqualTo("青岛区测试单位1");
        assertThat(dossier.path("batches")).hasSize(1);
        JsonNode members = reviewer.get("/api/office/enrollments/" + id + "/plans/ZY01/members").expect(200).body();
        assertThat(members.path("items").get(0).path("idNumberMasked").asText()).contains("********");

        assertThat(reviewer.post("/api/office/enrollments/" + id + "/return", Map.of("reason", " ")).expect(400).code())
                .isEqualTo("RETURN_REASON_REQUIRED");
        reviewer.post("/api/office/enrollments/" + id + "/return", Map.of("reason", "请补充盖章名单")).expect(200);
        JsonNode returned = unit.get("/api/enrollments/" + id).expect(200).body();
        assertThat(returned.path("state").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("returnReason").asText()).isEqualTo("请补充盖章名单");
        assertThat(returned.path("editable").asBoolean()).isTrue();

        unit.put("/api/enrollments/" + id, Map.of("note", "已补充")).expect(200);
        unit.post("/api/enrollments/" + id + "/submit", null).expect(200);
        reviewer.post("/api/office/enrollments/" + id + "/approve", null).expect(200);
        assertThat(reviewer.post("/api/office/enrollments/" + id + "/approve", null).expect(409).code())
                .isEqualTo("STATE_DOES_NOT_ALLOW");

        List<SesStore.Mail> mails = mailsAbout(no);
        assertThat(mails).extracting(SesStore.Mail::subject).containsExactly(
                "【职工互助保障】参保申请" + no + "已退回", "【职工互助保障】参保申请" + no + "审核通过");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.to()).isEqualTo("unit1@example.com"));
        assertThat(mails.get(0).body()).contains("请补充盖章名单");
        JsonNode recorded = reviewer.get("/api/office/enrollments/" + id + "/mails").expect(200).body();
        assertThat(recorded).extracting(m -> m.path("status").asText()).containsExactly("SENT", "SENT");
        JsonNode history = reviewer.get("/api/office/enrollments/" + id).body().path("history");
        assertThat(history).extracting(h -> h.path("action").asText()).containsExactly("提交初审", "退回", "提交初审", "审核通过");
        assertThat(unit.get("/api/enrollments/" + id).body().path("state").asText()).isEqualTo("APPROVED");
    }

    @Test
    void theOfficeKeepsTheCatalog() {
        String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        reviewer.post("/api/office/activities", Map.of("id", "E" + suffix, "name", "新业态专项" + suffix, "type", "NEW_BUSINESS"))
                .expect(201);
        JsonNode invalid = reviewer.post("/api/office/plans", Map.of("code", "X" + suffix, "activityId", "E" + suffix,
                "name", "坏细类", "feePerShare", "-5", "maxShares", 0, "termMonths", 12, "minAge", 16, "maxAge", 60,
                "itemCode", "9930")).expect(400).body();
        assertThat(invalid.path("details")).extracting(d -> d.path("field").asText()).contains("feePerShare", "maxShares");
        reviewer.post("/api/office/plans", Map.of("code", "X" + suffix, "activityId", "E" + suffix, "name", "新业态细类" + suffix,
                "feePerShare", "30", "maxShares", 2, "termMonths", 12, "minAge", 16, "maxAge", 60, "itemCode", "9930",
                "highRiskAllowed", false)).expect(201);
        ApiClient unit = RunningSystem.client().login("unit2", "huzhu2025");
        assertThat(unit.get("/api/catalog").body().toString()).contains("新业态细类" + suffix);
        reviewer.post("/api/office/plans/X" + suffix + "/retired", Map.of("value", true)).expect(200);
        assertThat(unit.get("/api/catalog").body().toString()).doesNotContain("新业态细类" + suffix);
        assertThat(reviewer.get("/api/office/catalog").body().toString()).contains("新业态细类" + suffix);
        ApiClient finance = RunningSystem.client().login("finance1", "huzhu2025");
        assertThat(finance.post("/api/office/plans/X" + suffix + "/retired", Map.of("value", false)).status()).isEqualTo(403);
    }

    @Test
    void theOfficeCreatesResetsAndDisablesUnitLogins() {
        String username = "e2e" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode created = reviewer.post("/api/office/units", Map.of("name", "新建单位" + username, "username", username,
                "profile", Map.of("contact", "陈", "mobile", "13900000000", "email", username + "@example.com"))).expect(201).body();
        String temporary = created.path("credentials").path("temporaryPassword").asText();

        ApiClient newcomer = RunningSystem.client().login(username, temporary);
        assertThat(newcomer.get("/api/auth/me").expect(200).body().path("mustChangePassword").asBoolean()).isTrue();
        assertThat(newcomer.get("/api/enrollments").expect(403).code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        JsonNode changed = newcomer.post("/api/auth/password", Map.of("currentPassword", temporary, "newPassword", "Mine12345"))
                .expect(200).body();
        newcomer.withToken(changed.path("token").asText());
        assertThat(newcomer.get("/api/enrollments").expect(200).body().path("total").asInt()).isZero();
        assertThat(newcomer.get("/api/unit/profile").body().path("unit").path("name").asText()).isEqualTo("新建单位" + username);

        String reset = reviewer.post("/api/office/accounts/" + username + "/reset-password", null).expect(200)
                .body().path("temporaryPassword").asText();
        assertThat(newcomer.get("/api/enrollments").status()).isEqualTo(403);
        ApiClient again = RunningSystem.client().login(username, reset);
        assertThat(again.get("/api/enrollments").expect(403).code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");

        reviewer.post("/api/office/accounts/" + username + "/disabled", Map.of("value", true)).expect(200);
        assertThat(again.get("/api/auth/me").status()).isEqualTo(403);
        assertThat(reviewer.post("/api/office/accounts/reviewer1/reset-password", null).expect(404).code())
                .isEqualTo("ACCOUNT_NOT_FOUND");
    }

    @Test
    void settingsReachTheContactsPage() {
        JsonNode settings = reviewer.get("/api/office/settings").expect(200).body();
        ((com.fasterxml.jackson.databind.node.ArrayNode) settings.path("contacts")).addObject()
                .put("label", "测试热线").put("phones", "80000000");
        reviewer.put("/api/office/settings", settings).expect(200);
        // each function keeps settings for SettingsCacheSeconds (1 s here, 60 s by default)
        RunningSystem.client().await("/api/contacts", contacts -> contacts.toString().contains("测试热线"), Duration.ofSeconds(10));
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("payee")).put("accountNo", "12ab");
        assertThat(reviewer.put("/api/office/settings", settings).expect(400).body().path("details").get(0).path("field")
                .asText()).isEqualTo("payee.accountNo");
        ((com.fasterxml.jackson.databind.node.ArrayNode) settings.path("contacts")).remove(settings.path("contacts").size() - 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("payee")).put("accountNo", "232554192616");
        reviewer.put("/api/office/settings", settings).expect(200);
        ApiClient finance = RunningSystem.client().login("finance1", "huzhu2025");
        assertThat(finance.get("/api/office/settings").status()).isEqualTo(200);
        assertThat(finance.put("/api/office/settings", settings).status()).isEqualTo(403);
    }
}
