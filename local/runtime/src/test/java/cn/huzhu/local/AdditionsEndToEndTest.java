package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.pdf.PdfReading;
import cn.huzhu.testing.Links;
import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/**
 * 增员 over HTTP, from a 原参保单 whose cover began three months ago (so only new hires may join) through its roster,
 * 初审, invoice, notice, 确认收款 and cover, to its 变更确认书（批单）; and parallel uploads into one 增员.
 */
class AdditionsEndToEndTest {
    private static final String PASSWORD = "huzhu2025";
    private static final LocalDate BIRTH = LocalDate.of(1987, 8, 18);
    private static final LocalDate NEW_BIRTH = LocalDate.of(1995, 3, 9);
    private static final int BACK_DAYS = 92;

    private final ApiClient unit = RunningSystem.client().login("unit1", PASSWORD);
    private final ApiClient otherUnit = RunningSystem.client().login("unit2", PASSWORD);
    private final ApiClient reviewer = RunningSystem.client().login("reviewer1", PASSWORD);

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void newHiresJoinFromAConfirmedBusinessAndGetTheirOwnPaidCoverAndBatchSlip() throws Exception {
        String origin = Businesses.confirmed(unit, "原单", BIRTH);
        LocalDate start = Backdate.confirmation(origin, BACK_DAYS);
        LocalDate sameDay = start.plusMonths(24);
        LocalDate commonEnd = sameDay.getDayOfMonth() < start.getDayOfMonth() ? sameDay : sameDay.minusDays(1);
        Map<String, JsonNode> originMembers = members(origin);
        String leaver = originMembers.get("原单乙").path("key").asText();
        unit.post("/api/enrollments/" + origin + "/removals", Map.of("members", List.of(leaver), "reason", "离职",
                "date", today().toString())).expect(200);

        assertThat(otherUnit.post("/api/enrollments/" + origin + "/additions", null).status()).isEqualTo(404);
        JsonNode draft = unit.post("/api/enrollments/" + origin + "/additions", null).expect(201).body();
        String id = draft.path("id").asText();
        assertThat(draft.path("businessTypeLabel").asText()).isEqualTo("增员");
        assertThat(unit.post("/api/enrollments/" + id + "/additions", null).expect(409).code()).isEqualTo("NOT_CONFIRMED");
        assertThat(unit.put("/api/enrollments/" + id + "/plans/NT01", Map.of("shares", 3)).expect(409).code())
                .isEqualTo("ADDITION_PLANS_FIXED");

        RosterFiles roster = RosterFiles.withHeader("序号", "姓名", "证件类型", "证件号码", "入职日期")
                .row(1, "增员甲", "居民身份证", TestIds.woman(NEW_BIRTH, 0), today().minusDays(5))
                .row(2, "增员乙", "居民身份证", TestIds.woman(NEW_BIRTH, 1), today().minusDays(60).toString())
                .row(3, "增员丙", "居民身份证", TestIds.woman(NEW_BIRTH, 2), today().minusDays(61))
                .row(4, "增员丁", "居民身份证", TestIds.woman(NEW_BIRTH, 3), null)
                .row(5, "原单甲", "居民身份证", TestIds.woman(BIRTH, 0), today().minusDays(3))
                .row(6, "原单乙", "居民身份证", TestIds.woman(BIRTH, 1), today().minusDays(3));
        JsonNode batch = unit.uploadRoster(id, List.of("NT01"), "新入职.xlsx", roster.xlsx());
        assertThat(batch.path("succeeded").asInt()).isEqualTo(3);
        assertThat(batch.path("failed").asInt()).isEqualTo(3);
        Map<String, String> reasons = failedReasons(id, batch.path("id").asText());
        assertThat(reasons.get("增员丙")).contains("入职日期", "已超过60天");
        assertThat(reasons.get("增员丁")).contains("请填写入职日期");
        assertThat(reasons.get("原单甲")).contains("保障至", "不能重复增员");

        JsonNode added = unit.post("/api/enrollments/" + id + "/plans/NT01/members", Map.of("name", "增员戊",
                "idNumber", TestIds.woman(NEW_BIRTH, 4), "hiredOn", today().toString())).expect(201).body();
        assertThat(added.path("hiredOn").asText()).isEqualTo(today().toString());
        assertThat(unit.post("/api/enrollments/" + id + "/plans/NT01/members", Map.of("name", "增员戊",
                "idNumber", TestIds.woman(NEW_BIRTH, 4), "hiredOn", today().toString())).expect(409).code())
                .isEqualTo("MEMBER_DUPLICATE");
        assertThat(unit.post("/api/enrollments/" + id + "/plans/NT01/members", Map.of("name", "增员己",
                "idNumber", TestIds.woman(NEW_BIRTH, 5))).expect(400).code()).isEqualTo("MEMBER_INVALID");
        assertThat(otherUnit.post("/api/enrollments/" + id + "/plans/NT01/members", Map.of("name", "增员己",
                "idNumber", TestIds.woman(NEW_BIRTH, 5), "hiredOn", today().toString())).status()).isEqualTo(404);

        unit.post("/api/enrollments/" + id + "/submit", null).expect(200);
        reviewer.post("/api/office/enrollments/" + id + "/approve", null).expect(200);
        JsonNode desk = unit.get("/api/invoicing/" + id).expect(200).body();
        JsonNode row = desk.path("rows").get(0);
        int months = Integer.parseInt(row.path("months").asText().split("/")[0]);
        assertThat(row.path("months").asText()).endsWith("/24");
        assertThat(months).as("about three months of the 24 are gone").isBetween(21, 22);
        BigDecimal perPerson = new BigDecimal("50").multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(24), 2, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(row.path("perPerson").asText())).isEqualByComparingTo(perPerson);
        assertThat(new BigDecimal(desk.path("summary").path("payable").asText()))
                .isEqualByComparingTo(perPerson.multiply(BigDecimal.valueOf(4)));
        assertThat(unit.get("/api/invoicing?businessType=" + ApiClient.query("增员") + "&limit=100").expect(200).body()
                .path("items").findValuesAsText("id")).contains(id).doesNotContain(origin);

        Businesses.invoice(unit, id, "增员");
        String reference = Businesses.noticeReference(unit, id);
        assertThat(reference).isNotEqualTo(Businesses.noticeReference(unit, origin));
        Businesses.confirmPayment(unit, id);

        Map<String, JsonNode> covered = members(id);
        assertThat(covered).containsOnlyKeys("增员甲", "增员乙", "原单乙", "增员戊");
        for (JsonNode member : covered.values()) {
            assertThat(member.path("coverageStart").asText()).isEqualTo(today().plusDays(1).toString());
            assertThat(member.path("coverageEnd").asText()).isEqualTo(commonEnd.toString());
        }
        assertThat(covered.get("增员甲").path("waitingUntil").asText()).isEqualTo(today().plusDays(90).toString());
        assertThat(covered.get("原单乙").path("waitingUntil").asText()).as("continuous cover waives it").isEmpty();

        JsonNode printed = unit.post("/api/documents/confirmations/" + id + "/print", null).expect(200).body();
        byte[] pdf = ApiClient.download(printed.path("url").asText()).body();
        String text = PdfReading.text(pdf).replace(" ", "");
        String originNumber = RunningSystem.client().login("finance1", PASSWORD).get("/api/office/payments/" + origin)
                .expect(200).body().path("settlement").path("confirmation").path("number").asText();
        assertThat(text).contains("职工互助保障活动变更确认书（批单）", "原确认书号：" + originNumber, "增员甲", "增员戊",
                commonEnd.toString())
                .doesNotContain("原单甲");
        Map<String, String> query = Links.query(PdfReading.qrCode(pdf));
        JsonNode verified = RunningSystem.client().getFrom("127.0.0.31", "/api/public/confirmations/verify?number="
                + query.get("number") + "&check=" + query.get("check")).expect(200).body();
        assertThat(verified.path("genuine").asBoolean()).isTrue();
        assertThat(verified.path("persons").asInt()).isEqualTo(4);

        List<String> logged = new ArrayList<>();
        for (JsonNode entry : unit.get("/api/queries/changes?limit=100").expect(200).body().path("items")) {
            if (entry.path("enrollmentId").asText().equals(id)) {
                logged.add(entry.path("personName").asText() + "/" + entry.path("kind").asText());
            }
        }
        assertThat(logged).containsExactlyInAnyOrder("增员甲/ADDITION", "增员乙/ADDITION", "原单乙/ADDITION",
                "增员戊/ADDITION");
        JsonNode found = unit.get("/api/queries/people?q=" + TestIds.woman(NEW_BIRTH, 0)).expect(200).body();
        assertThat(found.findValuesAsText("enrollmentId")).containsExactly(id);
        renewingTheOriginBringsTheAddedMembersAlong(origin, id);
    }

    private void renewingTheOriginBringsTheAddedMembersAlong(String origin, String addition) {
        assertThat(unit.post("/api/enrollments/" + addition + "/renew?early=true", null).expect(409).code())
                .isEqualTo("RENEW_ADDITION");
        String renewed = unit.post("/api/enrollments/" + origin + "/renew?early=true", null).expect(201).body()
                .path("id").asText();
        unit.await("/api/enrollments/" + renewed + "/batches",
                b -> b.size() == 1 && b.get(0).path("status").asText().equals("DONE"), java.time.Duration.ofSeconds(60));
        List<String> names = unit.get("/api/enrollments/" + renewed + "/plans/NT01/members?limit=50").expect(200).body()
                .path("items").findValuesAsText("name");
        assertThat(names).hasSize(11).doesNotHaveDuplicates()
                .contains("原单甲", "原单乙", "增员甲", "增员乙", "增员戊").doesNotContain("增员丙");
    }

    @Test
    void parallelUploadsIntoOneAdditionCountWhatIsStored() {
        String origin = Businesses.confirmed(unit, "并发", LocalDate.of(1989, 9, 19));
        String id = unit.post("/api/enrollments/" + origin + "/additions", null).expect(201).body().path("id").asText();
        List<CompletableFuture<JsonNode>> uploads = new ArrayList<>();
        for (int file = 0; file < 4; file++) {
            RosterFiles roster = RosterFiles.withTemplateHeader();
            for (int i = 0; i < 25; i++) {
                roster.person("并发" + "甲乙丙丁".charAt(file) + "子丑寅".charAt(i / 12) + "子丑寅卯辰巳午未申酉戌亥".charAt(i % 12),
                        TestIds.woman(LocalDate.of(1990 + file, 1, 1).plusDays(i), i));
            }
            byte[] xlsx = roster.xlsx();
            String name = "名单" + file + ".xlsx";
            uploads.add(CompletableFuture.supplyAsync(() -> upload(id, name, xlsx)));
        }
        int succeeded = 0;
        int imported = 0;
        for (CompletableFuture<JsonNode> upload : uploads) {
            JsonNode batch = upload.join();
            if (batch.has("code")) {
                assertThat(batch.path("code").asText()).as("refused while another import runs").isEqualTo("IMPORT_RUNNING");
                continue;
            }
            imported += batch.path("status").asText().equals("DONE") ? 1 : 0;
            succeeded += batch.path("status").asText().equals("DONE") ? batch.path("succeeded").asInt() : 0;
        }
        assertThat(imported).isPositive();
        assertThat(succeeded).isEqualTo(25 * imported);
        JsonNode detail = unit.get("/api/enrollments/" + id).expect(200).body();
        int counted = detail.path("plans").get(0).path("persons").asInt();
        int stored = unit.get("/api/enrollments/" + id + "/plans/NT01/members?limit=200").expect(200).body()
                .path("items").size();
        assertThat(counted).isEqualTo(succeeded).isEqualTo(stored);
    }

    /** A roster uploaded as the wizard does, and its batch once imported; or the refusal of its ticket. */
    private JsonNode upload(String id, String name, byte[] xlsx) {
        ApiClient.Response ticket = unit.post("/api/enrollments/" + id + "/roster-uploads",
                Map.of("planCodes", List.of("NT01"), "fileName", name, "size", xlsx.length));
        if (ticket.status() == 409) {
            return ticket.body();
        }
        assertThat(ApiClient.upload(ticket.expect(201).body(), xlsx)).isEqualTo(200);
        return unit.await("/api/enrollments/" + id + "/batches/" + ticket.body().path("batch").path("id").asText(),
                batch -> batch.path("status").asText().matches("DONE|FAILED"), java.time.Duration.ofSeconds(60));
    }

    private Map<String, JsonNode> members(String id) {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode m : unit.get("/api/enrollments/" + id + "/plans/NT01/members?limit=50").expect(200).body().path("items")) {
            byName.put(m.path("name").asText(), m);
        }
        return byName;
    }

    /** The failed-rows file of a batch: per name, the reason column. */
    private Map<String, String> failedReasons(String id, String batchId) throws Exception {
        String url = unit.get("/api/enrollments/" + id + "/batches/" + batchId + "/failed-rows").expect(200).body()
                .path("url").asText();
        Map<String, String> reasons = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ApiClient.download(url).body()))) {
            DataFormatter text = new DataFormatter();
            Row header = book.getSheetAt(0).getRow(0);
            int last = header.getLastCellNum() - 1;
            for (int r = 1; r <= book.getSheetAt(0).getLastRowNum(); r++) {
                Row row = book.getSheetAt(0).getRow(r);
                reasons.put(text.formatCellValue(row.getCell(1)), text.formatCellValue(row.getCell(last)));
            }
        }
        return reasons;
    }
}
