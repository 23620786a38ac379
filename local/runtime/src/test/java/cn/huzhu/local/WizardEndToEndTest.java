package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;
import cn.huzhu.testing.Workbooks;

/** The whole wizard ①②③ over HTTP through the local runtime, as a unit operator does it. */
class WizardEndToEndTest {
    private final ApiClient unit = RunningSystem.client().login("unit1", "huzhu2025");

    private static JsonNode plan(JsonNode enrollment, String code) {
        for (JsonNode row : enrollment.path("plans")) {
            if (row.path("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no plan " + code + " in " + enrollment);
    }

    @Test
    void fromTemplateToSubmission(@TempDir Path dir) throws Exception {
        ApiClient.Response template = unit.get("/api/documents/roster-template").expect(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.raw().body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("证件号码*");
        }

        // ① plans and shares
        JsonNode created = unit.post("/api/enrollments", Map.of("newBusiness", false, "plans", List.of(
                Map.of("planCode", "ZY01", "shares", 1), Map.of("planCode", "YW01", "shares", 2),
                Map.of("planCode", "ZJ02", "shares", 1)))).expect(201).body();
        String id = created.path("id").asText();
        String base = "/api/enrollments/" + id;
        assertThat(unit.post(base + "/plans", Map.of("planCode", "YW01", "shares", 1)).expect(400).code()).isEqualTo("PLAN_DUPLICATE");
        assertThat(unit.put(base + "/plans/YW01", Map.of("shares", 6)).expect(400).body().path("message").asText())
                .contains("1到5份");
        unit.delete(base + "/plans/ZJ02").expect(200);
        unit.post(base + "/plans", Map.of("planCode", "NT01", "shares", 2)).expect(200);
        unit.put(base, Map.of("newBusiness", true)).expect(200);
        assertThat(unit.get(base).body().path("plans")).extracting(p -> p.path("code").asText())
                .containsExactly("ZY01", "YW01", "NT01");

        // ② rosters: one file into two plans, one for the women's plan, a failed row, 无名单, edits
        String zhao = TestIds.woman(LocalDate.of(1988, 8, 8), 1);
        String qian = TestIds.man(LocalDate.of(1979, 9, 9), 1);
        String sun = TestIds.man(LocalDate.of(1990, 10, 10), 2);
        JsonNode both = unit.uploadRoster(id, List.of("ZY01", "YW01"), "全员名单.xlsx", RosterFiles.withTemplateHeader()
                .person("赵敏", zhao)
                .person("钱进", qian, "高危职业")
                .person("孙立", sun)
                .person("李四", "11010519491231002Y")
                .xlsx());
        assertThat(List.of(both.path("total").asInt(), both.path("succeeded").asInt(), both.path("failed").asInt()))
                .containsExactly(4, 3, 1);
        unit.uploadRoster(id, List.of("NT01"), "女职工.xls", RosterFiles.withTemplateHeader().person("赵敏", zhao).xls());

        String failedUrl = unit.get(base + "/batches/" + both.path("id").asText() + "/failed-rows").expect(200)
                .body().path("url").asText();
        Path failed = Files.write(dir.resolve("failed.xlsx"), ApiClient.download(failedUrl).body());
        Workbooks.Sheet failedRows = Workbooks.read(failed);
        assertThat(failedRows.header()).endsWith("失败原因");
        assertThat(failedRows.rows()).hasSize(1);
        assertThat(failedRows.last(0)).contains("证件号码");

        unit.put(base + "/plans/YW01", Map.of("anonymousCount", 2)).expect(200);
        JsonNode members = unit.get(base + "/plans/YW01/members?q=" + ApiClient.query("孙")).expect(200).body();
        String sunKey = members.path("items").get(0).path("key").asText();
        unit.put(base + "/plans/YW01/members/" + sunKey, Map.of("name", "孙立新", "occupation", "高危职业")).expect(200);
        JsonNode refused = unit.put(base + "/plans/YW01/members/" + sunKey, Map.of("name", "孙立新", "phone", "12345")).expect(400).body();
        assertThat(refused.path("details").get(0).path("field").asText()).isEqualTo("手机号");
        assertThat(unit.get(base + "/plans/YW01/members?q=" + sun).body().path("items").get(0).path("name").asText())
                .isEqualTo("孙立新");

        // ③ counts, attachments, submission with its reasons
        JsonNode incomplete = unit.post(base + "/submit", null).expect(400).body();
        assertThat(incomplete.path("details")).extracting(d -> d.path("message").asText())
                .contains("请填写在职职工人数", "请填写在职女职工人数");
        unit.put(base, Map.of("employeeCount", 20, "femaleEmployeeCount", 1)).expect(200);
        JsonNode lowRate = unit.post(base + "/submit", null).expect(400).body();
        assertThat(lowRate.path("details").toString()).contains("意外伤害(会费20元)」参保率25.00%低于最低要求50%");
        unit.put(base, Map.of("employeeCount", 8, "note", "首次参保，名单已盖章")).expect(200);

        byte[] pdf = "%PDF-1.4 盖章名单".getBytes(StandardCharsets.UTF_8);
        JsonNode attachment = unit.post(base + "/attachments", Map.of("fileName", "盖章名单.pdf", "size", pdf.length)).expect(201).body();
        assertThat(ApiClient.upload(attachment, pdf)).isEqualTo(200);
        unit.post(base + "/attachments/" + attachment.path("attachment").path("id").asText() + "/complete", null).expect(200);
        assertThat(unit.get(base + "/attachments").body()).hasSize(1);

        JsonNode ready = unit.get(base).expect(200).body();
        assertThat(ready.path("submissionProblems")).isEmpty();
        JsonNode accident = plan(ready, "YW01");
        assertThat(accident.path("persons").asInt()).isEqualTo(5);
        assertThat(accident.path("highRisk").asInt()).isEqualTo(2);
        assertThat(accident.path("ratePercent").asText()).isEqualTo("62.5");
        assertThat(accident.path("totalFee").asText()).isEqualTo("220.00");
        assertThat(plan(ready, "ZY01").path("payable").asText()).isEqualTo("180.00");
        assertThat(plan(ready, "NT01").path("ratePercent").asText()).isEqualTo("100");
        assertThat(ready.path("payable").asText()).isEqualTo("450.00");

        JsonNode submitted = unit.post(base + "/submit", null).expect(200).body();
        assertThat(submitted.path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("editable").asBoolean()).isFalse();
        assertThat(unit.put(base, Map.of("employeeCount", 9)).expect(409).code()).isEqualTo("ENROLLMENT_NOT_EDITABLE");
        assertThat(unit.post(base + "/roster-uploads", Map.of("planCodes", List.of("ZY01"), "fileName", "a.xlsx", "size", 10))
                .expect(409).code()).isEqualTo("ENROLLMENT_NOT_EDITABLE");
        JsonNode history = unit.get(base + "/history").expect(200).body();
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.path("action").asText()).isEqualTo("提交初审");
            assertThat(h.path("to").asText()).isEqualTo("待初审");
        });
    }

    @Test
    void uploadRequestsAreCheckedBeforeAnythingMoves() {
        String id = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZY01", "shares", 1))))
                .expect(201).body().path("id").asText();
        String path = "/api/enrollments/" + id + "/roster-uploads";
        assertThat(unit.post(path, Map.of("planCodes", List.of("ZY01"), "fileName", "名单.csv", "size", 100)).expect(400)
                .body().path("message").asText()).isEqualTo("只能上传Excel文件（.xlsx或.xls）");
        assertThat(unit.post(path, Map.of("planCodes", List.of("ZY01"), "fileName", "名单.xlsx", "size", 21 * 1024 * 1024))
                .expect(400).body().path("message").asText()).isEqualTo("文件大小超过20MB，请拆分后分批上传");
        assertThat(unit.post(path, Map.of("planCodes", List.of("NT01"), "fileName", "名单.xlsx", "size", 100)).expect(404)
                .code()).isEqualTo("PLAN_NOT_IN_ENROLLMENT");
        assertThat(unit.get("/api/enrollments/" + id + "/batches").body()).isEmpty();
    }

}
