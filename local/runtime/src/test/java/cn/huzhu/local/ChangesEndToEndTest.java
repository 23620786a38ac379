package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.TestIds;

/**
 * 减员 and 信息查询 over HTTP from a confirmed enrollment: removed members say so in every list, leave the 确认书's
 * list and the 续保, the unit and the office find people and businesses, and the public page answers a member.
 */
class ChangesEndToEndTest {
    private static final String PASSWORD = "huzhu2025";
    private static final LocalDate BIRTH = LocalDate.of(1986, 6, 16);

    private final ApiClient unit = RunningSystem.client().login("unit1", PASSWORD);
    private final ApiClient otherUnit = RunningSystem.client().login("unit2", PASSWORD);
    private final ApiClient reviewer = RunningSystem.client().login("reviewer1", PASSWORD);

    @Test
    void removalsShowEverywhereAndLeaveTheRenewalAndQueriesFindWhatTheCallerMaySee() throws Exception {
        String id = Businesses.confirmed(unit, "变更", BIRTH);
        Map<String, JsonNode> members = members(id);
        JsonNode first = members.get("变更甲");
        String start = first.path("coverageStart").asText();
        assertThat(first.path("waitingUntil").asText()).as("女工特病 has 90 days").isEqualTo(LocalDate.parse(start).plusDays(89).toString());

        JsonNode removed = unit.post("/api/enrollments/" + id + "/removals", Map.of("members", List.of(first.path("key").asText()),
                "reason", "离职", "date", start)).expect(200).body();
        assertThat(removed.path("people").asInt()).isEqualTo(1);
        assertThat(members(id).get("变更甲").path("removalReason").asText()).isEqualTo("离职");
        assertThat(unit.post("/api/enrollments/" + id + "/removals", Map.of("members", List.of(first.path("key").asText()),
                "reason", "死亡", "date", start)).expect(409).code()).isEqualTo("MEMBER_ALREADY_REMOVED");
        assertThat(unit.post("/api/enrollments/" + id + "/removals", Map.of("members", List.of(members.get("变更丙")
                .path("key").asText()), "reason", "死亡", "date", "1999-01-01")).expect(400).code())
                .isEqualTo("REMOVAL_DATE_OUTSIDE_COVER");
        assertThat(otherUnit.post("/api/enrollments/" + id + "/removals", Map.of("members", List.of(members.get("变更乙")
                .path("key").asText()), "reason", "离职", "date", start)).status()).isEqualTo(404);

        // six requests at once for one member: one removal, one change record
        String second = members.get("变更乙").path("key").asText();
        List<CompletableFuture<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(CompletableFuture.supplyAsync(() -> unit.post("/api/enrollments/" + id + "/removals",
                    Map.of("members", List.of(second), "reason", "DECEASED", "date", start)).status()));
        }
        List<Integer> statuses = burst.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        JsonNode log = unit.get("/api/queries/changes?limit=100").expect(200).body().path("items");
        long forThisBusiness = 0;
        for (JsonNode entry : log) {
            forThisBusiness += entry.path("enrollmentId").asText().equals(id) ? 1 : 0;
        }
        assertThat(forThisBusiness).isEqualTo(2);
        assertThat(exportedNames(unit, "/api/queries/changes/export")).contains("变更甲", "变更乙");
        assertThat(exportedNames(otherUnit, "/api/queries/changes/export")).doesNotContain("变更甲", "变更乙");
        assertThat(exportedNames(reviewer, "/api/office/queries/changes/export")).contains("变更甲", "变更乙");

        assertThat(confirmationListNames(id)).hasSize(6).doesNotContain("变更甲", "变更乙");

        // the unit undoes the death on the same day; another unit cannot
        assertThat(otherUnit.delete("/api/enrollments/" + id + "/removals/" + second).status()).isEqualTo(404);
        unit.delete("/api/enrollments/" + id + "/removals/" + second).expect(200);
        assertThat(members(id).get("变更乙").path("removalReason").asText()).isEmpty();
        assertThat(confirmationListNames(id)).hasSize(7).contains("变更乙");

        JsonNode renewal = unit.post("/api/enrollments/" + id + "/renew?early=true", null).expect(201).body();
        String renewed = renewal.path("id").asText();
        unit.await("/api/enrollments/" + renewed + "/batches",
                b -> b.size() == 1 && b.get(0).path("status").asText().equals("DONE"), Duration.ofSeconds(60));
        assertThat(unit.get("/api/enrollments/" + renewed + "/plans/NT01/members?limit=50").expect(200).body()
                .path("items").findValuesAsText("name")).hasSize(7).doesNotContain("变更甲");

        queriesFindWhatEachCallerMaySee(id, start);
    }

    private void queriesFindWhatEachCallerMaySee(String id, String start) {
        String idNumber = TestIds.woman(BIRTH, 0);
        JsonNode payments = unit.get("/api/queries/payments?limit=100").expect(200).body().path("items");
        JsonNode paid = null;
        for (JsonNode p : payments) {
            paid = p.path("id").asText().equals(id) ? p : paid;
        }
        assertThat(paid).isNotNull();
        assertThat(paid.path("bankReference").asText()).isEqualTo("B-" + id);
        assertThat(paid.path("paidAmount").asText()).isEqualTo(paid.path("payable").asText());
        assertThat(otherUnit.get("/api/queries/payments?limit=100").expect(200).body().path("items").findValuesAsText("id"))
                .doesNotContain(id);
        JsonNode byName = unit.get("/api/queries/people?q=" + ApiClient.query("变更甲")).expect(200).body();
        assertThat(byName).hasSize(1);
        assertThat(byName.get(0).path("removalReason").asText()).isEqualTo("离职");
        assertThat(byName.get(0).path("idNumberMasked").asText()).doesNotContain(idNumber.substring(6, 14));
        assertThat(unit.get("/api/queries/people?q=" + idNumber.toLowerCase()).expect(200).body()).hasSize(1);
        assertThat(otherUnit.get("/api/queries/people?q=" + idNumber).expect(200).body()).isEmpty();
        assertThat(otherUnit.get("/api/queries/people?q=" + ApiClient.query("变更甲")).expect(200).body()).isEmpty();

        JsonNode office = reviewer.get("/api/office/queries/people?idNumber=" + idNumber).expect(200).body();
        assertThat(office.findValuesAsText("enrollmentId")).contains(id);
        assertThat(reviewer.get("/api/office/queries/people?idNumber=" + ApiClient.query("变更甲")).expect(400).code())
                .isEqualTo("ID_NUMBER_REQUIRED");
        String applicationNo = unit.get("/api/enrollments/" + id).body().path("applicationNo").asText();
        assertThat(reviewer.get("/api/office/queries/business?number=" + applicationNo.toLowerCase()).expect(200).body()
                .path("id").asText()).isEqualTo(id);
        assertThat(reviewer.get("/api/office/queries/business?number=NOPE").expect(404).code()).isEqualTo("BUSINESS_NOT_FOUND");

        JsonNode found = lookup("127.0.0.21", "变 更 甲", " " + idNumber.toLowerCase() + " ").expect(200).body();
        assertThat(found.path("covers")).hasSize(1);
        assertThat(found.path("covers").get(0).path("startsOn").asText()).isEqualTo(start);
        assertThat(found.path("covers").get(0).path("status").asText()).isIn("未生效", "保障中");
        assertThat(found.toString()).doesNotContain(idNumber.substring(6, 14), "变更乙", "amount", "400");
        JsonNode wrongName = lookup("127.0.0.21", "变更乙", idNumber).expect(200).body();
        JsonNode unknown = lookup("127.0.0.21", "变更甲", TestIds.woman(LocalDate.of(1970, 1, 1), 7)).expect(200).body();
        assertThat(wrongName).isEqualTo(unknown);
        assertThat(unknown.path("covers")).isEmpty();
        Map<String, Object> badCaptcha = new HashMap<>(Map.of("name", "变更甲", "idNumber", idNumber, "captchaId", "x",
                "captchaAnswer", "0000"));
        assertThat(RunningSystem.client().sendFrom("127.0.0.21", "POST", "/api/public/coverage", badCaptcha).code())
                .isEqualTo("CAPTCHA_WRONG");
    }

    @Test
    void anApprovedCorrectionRekeysTheMemberEverywhereAndTheUnitNeverSeesTheOldValues() {
        LocalDate birth = LocalDate.of(1984, 4, 14);
        String id = Businesses.confirmed(unit, "更正", birth);
        Map<String, JsonNode> members = members(id);
        String oldNumber = TestIds.woman(birth, 0);
        String newNumber = TestIds.woman(birth, 9);
        byte[] pdf = "%PDF-1.4 proof".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonNode attachment = unit.post("/api/enrollments/" + id + "/attachments", Map.of("fileName", "身份证.pdf", "size", pdf.length))
                .expect(201).body();
        ApiClient.upload(attachment, pdf);
        String attachmentId = attachment.path("attachment").path("id").asText();
        unit.post("/api/enrollments/" + id + "/attachments/" + attachmentId + "/complete", null).expect(200);

        Map<String, Object> request = Map.of("memberKey", members.get("更正甲").path("key").asText(), "name", "更正新",
                "idNumber", newNumber, "reason", "身份证号录入错误", "attachmentId", attachmentId);
        JsonNode asked = unit.post("/api/enrollments/" + id + "/corrections", request).expect(201).body();
        assertThat(asked.path("wasName").isMissingNode() || asked.path("wasName").isNull()).isTrue();
        assertThat(unit.post("/api/enrollments/" + id + "/corrections", request).expect(409).code()).isEqualTo("CORRECTION_OPEN");
        assertThat(unit.post("/api/enrollments/" + id + "/corrections", Map.of("memberKey", members.get("更正乙").path("key").asText(),
                "idNumber", TestIds.woman(birth.plusDays(1), 1), "reason", "录错", "attachmentId", attachmentId)).expect(400)
                .body().path("message").asText()).contains("减员后再增员");
        assertThat(otherUnit.post("/api/enrollments/" + id + "/corrections", request).status()).isEqualTo(404);
        assertThat(unit.get("/api/corrections").expect(200).body().path("items").get(0).path("statusLabel").asText())
                .isEqualTo("待审核");

        JsonNode queued = null;
        for (JsonNode c : reviewer.get("/api/office/corrections").expect(200).body()) {
            queued = c.path("id").asText().equals(asked.path("id").asText()) ? c : queued;
        }
        assertThat(queued).isNotNull();
        assertThat(queued.path("wasName").asText()).isEqualTo("更正甲");
        String approve = "/api/office/corrections/" + id + "/" + asked.path("id").asText() + "/approve";
        List<CompletableFuture<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            burst.add(CompletableFuture.supplyAsync(() -> reviewer.post(approve, null).status()));
        }
        assertThat(burst.stream().map(CompletableFuture::join).filter(status -> status == 200)).hasSize(1);

        Map<String, JsonNode> after = members(id);
        assertThat(after).containsKey("更正新").doesNotContainKey("更正甲").hasSize(8);
        assertThat(after.get("更正新").path("key").asText()).isNotEqualTo(members.get("更正甲").path("key").asText());
        assertThat(reviewer.get("/api/office/queries/people?idNumber=" + newNumber).expect(200).body().findValuesAsText("name"))
                .contains("更正新");
        assertThat(reviewer.get("/api/office/queries/people?idNumber=" + oldNumber).expect(200).body().findValuesAsText("enrollmentId"))
                .doesNotContain(id);
        JsonNode log = unit.get("/api/queries/changes?limit=100").expect(200).body().path("items");
        String entries = log.toString();
        assertThat(entries).contains("更正姓名、证件号码").doesNotContain("更正甲");
        assertThat(unit.get("/api/corrections").expect(200).body().path("items").get(0).path("statusLabel").asText())
                .isEqualTo("已同意");
    }

    private ApiClient.Response lookup(String address, String name, String idNumber) {
        ApiClient visitor = RunningSystem.client();
        Map<String, Object> body = new HashMap<>(visitor.solvedCaptcha());
        body.put("name", name);
        body.put("idNumber", idNumber);
        return visitor.sendFrom(address, "POST", "/api/public/coverage", body);
    }

    /** The 人员 column of an exported 变更记录 workbook. */
    private static List<String> exportedNames(ApiClient caller, String path) throws Exception {
        ApiClient.Response response = caller.get(path).expect(200);
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.raw().body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                names.add(new DataFormatter().formatCellValue(sheet.getRow(row).getCell(4)));
            }
        }
        return names;
    }

    private Map<String, JsonNode> members(String id) {
        Map<String, JsonNode> byName = new HashMap<>();
        unit.get("/api/enrollments/" + id + "/plans/NT01/members?limit=50").expect(200).body().path("items")
                .forEach(m -> byName.put(m.path("name").asText(), m));
        return byName;
    }

    private List<String> confirmationListNames(String id) throws Exception {
        String url = unit.get("/api/documents/confirmations/" + id + "/members").expect(200).body().path("url").asText();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ApiClient.download(url).body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int row = 2; row <= sheet.getLastRowNum(); row++) {
                names.add(new DataFormatter().formatCellValue(sheet.getRow(row).getCell(2)));
            }
        }
        return names;
    }
}
