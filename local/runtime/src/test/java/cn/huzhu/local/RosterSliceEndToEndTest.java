package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/**
 * The first slice over real HTTP through the local runtime: login, a draft with a plan, a roster uploaded straight to
 * S3 with a presigned URL, the S3 notification importing it, the batch and the masked member list; another unit sees
 * none of it.
 */
class RosterSliceEndToEndTest {

    private static JsonNode draft(ApiClient unit) {
        return unit.post("/api/enrollments", Map.of("newBusiness", false,
                "plans", List.of(Map.of("planCode", "ZY01", "shares", 1)))).expect(201).body();
    }

    @Test
    void aUnitUploadsARosterAndSeesItsMembersMasked() {
        ApiClient unit = RunningSystem.client().login("unit1", "huzhu2025");
        JsonNode enrollment = draft(unit);
        String id = enrollment.path("id").asText();
        assertThat(enrollment.path("state").asText()).isEqualTo("DRAFT");
        assertThat(enrollment.path("applicationNo").asText()).startsWith("PRT");

        String zhang = TestIds.man(LocalDate.of(1980, 3, 4), 1);
        String li = TestIds.woman(LocalDate.of(1990, 7, 8), 2);
        byte[] roster = RosterFiles.withTemplateHeader()
                .person("张三", zhang)
                .person("李四", li)
                .person("王五1", TestIds.man(LocalDate.of(1985, 1, 1), 3))
                .person("赵六", "110105194912310021")
                .xlsx();
        JsonNode batch = unit.uploadRoster(id, List.of("ZY01"), "人员清单.xlsx", roster);
        assertThat(batch.path("status").asText()).isEqualTo("DONE");
        assertThat(batch.path("fileName").asText()).isEqualTo("人员清单.xlsx");
        assertThat(batch.path("planNames").get(0).asText()).isEqualTo("住院医疗(A方案)(会费95元)");
        assertThat(List.of(batch.path("total").asInt(), batch.path("succeeded").asInt(), batch.path("failed").asInt()))
                .containsExactly(4, 2, 2);
        assertThat(batch.path("failedRowsAvailable").asBoolean()).isTrue();

        JsonNode batches = unit.get("/api/enrollments/" + id + "/batches").expect(200).body();
        assertThat(batches).hasSize(1);
        JsonNode members = unit.get("/api/enrollments/" + id + "/plans/ZY01/members").expect(200).body();
        assertThat(members.path("total").asInt()).isEqualTo(2);
        assertThat(members.path("items")).extracting(m -> m.path("name").asText()).containsExactlyInAnyOrder("张三", "李四");
        String body = members.toString();
        assertThat(body).doesNotContain(zhang).doesNotContain(li)
                .contains(zhang.substring(0, 6) + "********" + zhang.substring(14));
        JsonNode detail = unit.get("/api/enrollments/" + id).expect(200).body();
        assertThat(detail.path("plans").get(0).path("named").asInt()).isEqualTo(2);
        assertThat(detail.path("plans").get(0).path("totalFee").asText()).isEqualTo("190.00");

        String failedUrl = unit.get("/api/enrollments/" + id + "/batches/" + batch.path("id").asText() + "/failed-rows")
                .expect(200).body().path("url").asText();
        assertThat(ApiClient.download(failedUrl).statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedFileFailsAsAWholeWithAChineseMessageAndStoresNothing() {
        ApiClient unit = RunningSystem.client().login("unit1", "huzhu2025");
        String id = draft(unit).path("id").asText();
        JsonNode notExcel = unit.uploadRoster(id, List.of("ZY01"), "名单.xlsx", "姓名,证件号码\n张三,1".getBytes(StandardCharsets.UTF_8));
        assertThat(notExcel.path("status").asText()).isEqualTo("FAILED");
        assertThat(notExcel.path("message").asText()).contains("不是Excel表格");
        JsonNode wrongHeader = unit.uploadRoster(id, List.of("ZY01"), "名单.xlsx",
                RosterFiles.withHeader("编号", "名字", "身份证").row(1, "张三", TestIds.man(LocalDate.of(1980, 1, 1), 1)).xlsx());
        assertThat(wrongHeader.path("status").asText()).isEqualTo("FAILED");
        assertThat(wrongHeader.path("message").asText()).contains("缺少“姓名”“证件号码”列");
        assertThat(unit.get("/api/enrollments/" + id + "/plans/ZY01/members").expect(200).body().path("total").asInt()).isZero();
        assertThat(unit.get("/api/enrollments/" + id).body().path("plans").get(0).path("persons").asInt()).isZero();
    }

    @Test
    void anotherUnitSeesNothingOfIt() {
        ApiClient unit1 = RunningSystem.client().login("unit1", "huzhu2025");
        ApiClient unit2 = RunningSystem.client().login("unit2", "huzhu2025");
        String id = draft(unit1).path("id").asText();
        byte[] roster = RosterFiles.withTemplateHeader().person("张三", TestIds.man(LocalDate.of(1980, 3, 4), 1)).xlsx();
        String batchId = unit1.uploadRoster(id, List.of("ZY01"), "a.xlsx", roster).path("id").asText();
        String base = "/api/enrollments/" + id;
        for (String path : List.of(base, base + "/batches", base + "/batches/" + batchId, base + "/batches/" + batchId + "/failed-rows",
                base + "/plans/ZY01/members", base + "/history", base + "/attachments")) {
            ApiClient.Response response = unit2.get(path);
            assertThat(response.status()).as(path).isIn(403, 404);
            assertThat(response.toString()).doesNotContain("张三");
        }
        assertThat(unit2.post(base + "/roster-uploads", Map.of("planCodes", List.of("ZY01"), "fileName", "x.xlsx", "size", 10))
                .status()).isIn(403, 404);
        assertThat(unit2.put(base, Map.of("employeeCount", 1)).status()).isIn(403, 404);
        assertThat(unit2.post(base + "/submit", null).status()).isIn(403, 404);
        assertThat(unit2.get("/api/enrollments").body().path("items").toString()).doesNotContain(id);
        assertThat(RunningSystem.client().get(base).status()).isEqualTo(401);
        assertThat(RunningSystem.client().withToken("forged.token").get(base).status()).isEqualTo(403);
    }
}
