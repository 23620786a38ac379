package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.domain.claim.ClaimKind;
import cn.huzhu.testing.SesStore;

/**
 * 申领处理 over HTTP: a unit files a 女工特病 claim for a member whose cover began 200 days ago; the 理赔员 sends it back
 * for a document, the unit files again, one 理赔员 accepts and assesses it, another double-checks, finance pays, and the
 * unit's mails say so; a second claim is refused with a reason of the list.
 */
class ClaimsEndToEndTest {
    private static final String PASSWORD = "huzhu2025";
    private static final int BACK_DAYS = 200;

    private final ApiClient unit = RunningSystem.client().login("unit1", PASSWORD);
    private final ApiClient otherUnit = RunningSystem.client().login("unit2", PASSWORD);
    private final ApiClient claims1 = RunningSystem.client().login("claims1", PASSWORD);
    private final ApiClient claims2 = RunningSystem.client().login("claims2", PASSWORD);
    private final ApiClient finance = RunningSystem.client().login("finance1", PASSWORD);

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The 女工特病 documents (诊断证明, 病理报告), each a PDF uploaded to the business as the browser uploads it. */
    private List<Map<String, String>> documents(String enrollmentId) {
        List<Map<String, String>> documents = new java.util.ArrayList<>();
        for (String type : List.of("诊断证明", "病理报告")) {
            byte[] pdf = ("%PDF-1.4 " + type).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            JsonNode ticket = unit.post("/api/enrollments/" + enrollmentId + "/attachments", Map.of("fileName", type + ".pdf",
                    "size", pdf.length)).expect(201).body();
            ApiClient.upload(ticket, pdf);
            String attachmentId = ticket.path("attachment").path("id").asText();
            unit.post("/api/enrollments/" + enrollmentId + "/attachments/" + attachmentId + "/complete", null).expect(200);
            documents.add(Map.of("type", type, "attachmentId", attachmentId));
        }
        return documents;
    }

    private static Map<String, Object> claim(String enrollmentId, JsonNode member, String illness, List<?> documents) {
        return Map.of("enrollmentId", enrollmentId, "planCode", "NT01", "memberKey", member.path("key").asText(),
                "kind", "女工特病", "event", Map.of("diagnosedOn", today().minusDays(50).toString(), "illnessCode", illness),
                "accountHolder", member.path("name").asText(), "bank", "中国银行青岛分行",
                "accountNumber", "6222 0212 3456 7890", "documents", documents);
    }

    @Test
    void thePagesLearnTheKindsOfClaimTheirActivityTypesAndTheDocumentsTheOfficeAsksForFromTheServer() {
        JsonNode kinds = unit.get("/api/claim-documents").expect(200).body();
        JsonNode asked = RunningSystem.client().login("reviewer1", PASSWORD).get("/api/office/settings").expect(200).body()
                .path("claims").path("documents");
        assertThat(kinds.findValuesAsText("value")).containsExactly(java.util.Arrays.stream(ClaimKind.values())
                .map(Enum::name).toArray(String[]::new));
        for (JsonNode kind : kinds) {
            ClaimKind known = ClaimKind.valueOf(kind.path("value").asText());
            assertThat(kind.path("label").asText()).isEqualTo(known.label());
            assertThat(kind.path("activityType").asText()).isEqualTo(known.activityType().name());
            assertThat(kind.path("documents")).as(known.name()).isEqualTo(asked.path(known.name()));
        }
    }

    @Test
    void aClaimGoesFromFilingThroughASendBackToPayoutAndAnotherIsRefused() {
        String id = Businesses.confirmed(unit, "申领", LocalDate.of(1985, 5, 15));
        Backdate.confirmation(id, BACK_DAYS);
        JsonNode members = unit.get("/api/enrollments/" + id + "/plans/NT01/members?limit=50").expect(200).body().path("items");
        JsonNode member = members.get(0);

        JsonNode draft = unit.post("/api/claims", claim(id, member, "N30", List.of())).expect(201).body();
        List<Map<String, String>> documents = documents(id);
        String claimId = draft.path("id").asText();
        String claimNo = draft.path("claimNo").asText();
        assertThat(draft.path("stateLabel").asText()).isEqualTo("草稿");
        assertThat(draft.path("accountMasked").asText()).isEqualTo("****7890");
        assertThat(draft.toString()).doesNotContain("6222021234567890");
        assertThat(otherUnit.get("/api/claims/" + claimId).status()).isEqualTo(404);
        assertThat(otherUnit.post("/api/claims", claim(id, member, "N30", List.of())).status()).isEqualTo(404);

        assertThat(unit.post("/api/claims/" + claimId + "/submit", Map.of()).expect(400).code()).isEqualTo("DOCUMENTS_MISSING");
        unit.put("/api/claims/" + claimId, claim(id, member, "N30", documents)).expect(200);
        unit.post("/api/claims/" + claimId + "/submit", Map.of()).expect(200);
        claims1.post("/api/office/claims/" + claimId + "/return", Map.of("missing", "请补充病理报告")).expect(200);
        assertThat(mailsTo("unit1@example.com", claimNo)).anySatisfy(m -> assertThat(m.body()).contains("请补充病理报告"));
        unit.put("/api/claims/" + claimId, claim(id, member, "N30", documents)).expect(200);
        assertThat(unit.post("/api/claims/" + claimId + "/submit", Map.of()).expect(200).body().path("stateLabel").asText())
                .isEqualTo("已提交");

        String pathology = documents.get(1).get("attachmentId");
        String link = claims1.get("/api/office/claims/" + claimId + "/documents/" + pathology).expect(200).body()
                .path("url").asText();
        assertThat(new String(ApiClient.download(link).body(), java.nio.charset.StandardCharsets.UTF_8)).contains("病理报告");
        assertThat(otherUnit.get("/api/claims/" + claimId + "/documents/" + pathology).status()).isEqualTo(404);
        assertThat(unit.get("/api/claims/" + claimId + "/documents/not-a-document").status()).isEqualTo(404);
        claims1.post("/api/office/claims/" + claimId + "/accept", Map.of()).expect(200);
        JsonNode assessed = claims1.post("/api/office/claims/" + claimId + "/assess", Map.of()).expect(200).body();
        assertThat(assessed.path("amount").asText()).isEqualTo("4000.00");
        assertThat(assessed.path("assessment").path("breakdown").toString()).contains("原位癌", "2000.00");
        assertThat(claims1.post("/api/office/claims/" + claimId + "/review", Map.of("agreed", true)).expect(409).code())
                .isEqualTo("SAME_HANDLER");
        claims2.post("/api/office/claims/" + claimId + "/review", Map.of("agreed", true)).expect(200);
        assertThat(claims2.post("/api/office/claims/" + claimId + "/pay", Map.of("paidOn", today().toString(),
                "bankReference", "X")).status()).isEqualTo(403);
        assertThat(finance.get("/api/office/claims?state=" + ApiClient.query("待支付")).expect(200).body().path("items")
                .findValuesAsText("id")).contains(claimId);
        finance.post("/api/office/claims/" + claimId + "/pay", Map.of("paidOn", today().toString(),
                "bankReference", "PAY-" + claimId)).expect(200);

        JsonNode seen = unit.get("/api/claims/" + claimId).expect(200).body();
        assertThat(seen.path("stateLabel").asText()).isEqualTo("已支付");
        assertThat(seen.has("assessment") && !seen.path("assessment").isNull()).as("the breakdown is the office's").isFalse();
        assertThat(seen.path("steps").findValuesAsText("action")).containsSubsequence("提交", "退回补正", "提交", "受理", "审核",
                "复核通过", "支付");
        assertThat(mailsTo("unit1@example.com", claimNo)).anySatisfy(m -> assertThat(m.body()).contains("4000.00", "PAY-" + claimId)
                .doesNotContain("原位癌"));
        assertThat(unit.get("/api/claims?limit=100").expect(200).body().path("items").findValuesAsText("id")).contains(claimId);
        JsonNode covers = unit.get("/api/queries/people?q=" + ApiClient.query(member.path("name").asText())).expect(200).body();
        assertThat(covers.findValues("claims").toString()).contains(claimNo, "已支付", "4000.00").doesNotContain("原位癌", "N30");
        assertThat(otherUnit.get("/api/claims?limit=100").expect(200).body().path("items").findValuesAsText("id"))
                .doesNotContain(claimId);

        JsonNode secondDraft = unit.post("/api/claims", claim(id, members.get(1), "N01", documents(id))).expect(201).body();
        String second = secondDraft.path("id").asText();
        unit.post("/api/claims/" + second + "/submit", Map.of()).expect(200);
        claims1.post("/api/office/claims/" + second + "/accept", Map.of()).expect(200);
        assertThat(claims1.post("/api/office/claims/" + second + "/refuse", Map.of("reason", "其他")).expect(400).code())
                .isEqualTo("REFUSAL_TEXT_REQUIRED");
        JsonNode refused = claims1.post("/api/office/claims/" + second + "/refuse", Map.of("reason", "非保障范围")).expect(200).body();
        assertThat(refused.path("refusal").asText()).isEqualTo("非保障范围");
        assertThat(mailsTo("unit1@example.com", secondDraft.path("claimNo").asText())).anySatisfy(m -> assertThat(m.body()).contains("非保障范围"));

        financePaysSeveralAtOnceAndExportsTheBanksList(id, members.get(2), claimNo);
        parallelAssessmentsOfOneMemberPayATierOnce(id, members.get(3));
    }

    /** Three 重症 claims of one member assessed at once: one pays 2 × 10,000, the others are 重复申领. */
    private void parallelAssessmentsOfOneMemberPayATierOnce(String id, JsonNode member) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new java.util.HashMap<>(claim(id, member, "N01", documents(id)));
            body.put("event", Map.of("diagnosedOn", today().minusDays(30 + i).toString(), "illnessCode", "N01"));
            String claimId = unit.post("/api/claims", body).expect(201).body().path("id").asText();
            unit.post("/api/claims/" + claimId + "/submit", Map.of()).expect(200);
            claims1.post("/api/office/claims/" + claimId + "/accept", Map.of()).expect(200);
            ids.add(claimId);
        }
        List<java.util.concurrent.CompletableFuture<JsonNode>> burst = ids.stream().map(claimId -> java.util.concurrent
                .CompletableFuture.supplyAsync(() -> claims1.post("/api/office/claims/" + claimId + "/assess", Map.of())
                        .expect(200).body())).toList();
        List<JsonNode> assessed = burst.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        assertThat(assessed).filteredOn(c -> c.path("state").asText().equals("ASSESSED")).singleElement()
                .satisfies(c -> assertThat(c.path("amount").asText()).isEqualTo("20000.00"));
        assertThat(assessed).filteredOn(c -> c.path("state").asText().equals("REFUSED")).hasSize(2)
                .allSatisfy(c -> assertThat(c.path("refusal").asText()).isEqualTo("重复申领"));
    }

    private void financePaysSeveralAtOnceAndExportsTheBanksList(String id, JsonNode member, String paidClaimNo) {
        JsonNode third = unit.post("/api/claims", claim(id, member, "N30", documents(id))).expect(201).body();
        String thirdId = third.path("id").asText();
        unit.post("/api/claims/" + thirdId + "/submit", Map.of()).expect(200);
        claims1.post("/api/office/claims/" + thirdId + "/accept", Map.of()).expect(200);
        claims1.post("/api/office/claims/" + thirdId + "/assess", Map.of("amount", "3500", "reason", "部分费用已由其他渠道报销"))
                .expect(200);
        claims2.post("/api/office/claims/" + thirdId + "/review", Map.of("agreed", true)).expect(200);
        List<List<String>> waiting = rows(finance.get("/api/office/claims/payouts/export").expect(200).raw().body());
        assertThat(waiting).anySatisfy(row -> assertThat(row).contains(third.path("claimNo").asText(), "6222021234567890", "3500.00"));

        JsonNode batch = finance.post("/api/office/claims/pay", Map.of("claimIds", List.of(thirdId, "00000000000000000000"),
                "paidOn", today().toString(), "bankReference", "BATCH-" + thirdId)).expect(200).body();
        assertThat(batch.path("paid").asInt()).isEqualTo(1);
        assertThat(batch.path("refused")).hasSize(1);
        List<List<String>> paidToday = rows(finance.get("/api/office/claims/payouts/export?paidOn=" + today()).expect(200).raw().body());
        assertThat(paidToday).anySatisfy(row -> assertThat(row).contains(paidClaimNo, "4000.00"))
                .anySatisfy(row -> assertThat(row).contains(third.path("claimNo").asText(), "BATCH-" + thirdId));
        assertThat(claims1.get("/api/office/claims/payouts/export").status()).isEqualTo(403);
    }

    /** The rows of a downloaded .xlsx, each cell as Excel shows it (POI's usermodel). */
    private static List<List<String>> rows(byte[] xlsx) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
            List<List<String>> rows = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<SesStore.Mail> mailsTo(String address, String claimNo) {
        return SesStore.mails(RunningSystem.get().emulators().sesEndpoint()).stream()
                .filter(m -> m.to().contains(address) && m.subject().contains(claimNo)).toList();
    }
}
