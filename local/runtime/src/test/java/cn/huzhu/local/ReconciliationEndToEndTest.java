package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.BankStatements;
import cn.huzhu.testing.BankStatements.Bank;
import cn.huzhu.testing.BankStatements.Transfer;

/**
 * 到账核对 over HTTP: notices printed, the office account's statement uploaded by finance, every line matched as it
 * should be, the automatic match confirmed in one click, a suggestion confirmed by choice, a line set aside, the
 * receipts mailed; the same statement again, or twice at once, adds nothing.
 */
class ReconciliationEndToEndTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final ApiClient unit = RunningSystem.client().login("unit1", Businesses.PASSWORD);
    private final ApiClient finance = RunningSystem.client().login("finance1", Businesses.PASSWORD);

    @Test
    void aStatementIsMatchedConfirmedAndItsReceiptsMailed(@TempDir Path dir) throws Exception {
        String exact = Businesses.invoiced(unit, "到账甲", LocalDate.of(1986, 1, 1), 0);
        String underpaid = Businesses.invoiced(unit, "到账乙", LocalDate.of(1986, 2, 2), 0);
        String uncoded = Businesses.invoiced(unit, "到账丙", LocalDate.of(1986, 3, 3), 0);
        String exactCode = Businesses.noticeReference(unit, exact);
        String underpaidCode = Businesses.noticeReference(unit, underpaid);
        Businesses.noticeReference(unit, uncoded);
        String spaced = exactCode.toLowerCase().substring(0, 3) + " " + exactCode.toLowerCase().substring(3);
        String serial = "E2E" + System.nanoTime();
        List<Transfer> transfers = List.of(
                new Transfer(TODAY, serial + "1", new BigDecimal("400.00"), "青岛区测试单位1", "3803020109024512345",
                        "会费" + spaced + "青岛区测试单位1"),
                new Transfer(TODAY, serial + "2", new BigDecimal("380.00"), "青岛区测试单位1", "3803020109024512345",
                        "识别码" + underpaidCode),
                new Transfer(TODAY, serial + "3", new BigDecimal("400.00"), "青岛区测试单位1", "3803020109024512345", "互助会费"),
                new Transfer(TODAY, serial + "4", new BigDecimal("12.00"), "某人", "6217000011112222", "会费" + broken(exactCode)),
                new Transfer(TODAY, serial + "5", new BigDecimal("-50.00"), "某供应商", "6222", "手续费"));
        Path file = BankStatements.write(Bank.BOC, transfers, dir);

        JsonNode upload = uploadStatement(file);
        assertThat(upload.path("status").asText()).isEqualTo("DONE");
        assertThat(upload.path("credits").asInt()).isEqualTo(4);
        assertThat(upload.path("added").asInt()).isEqualTo(4);
        assertThat(upload.path("debits").asInt()).isEqualTo(1);
        assertThat(upload.path("outcomes").path("AUTO").asInt()).isEqualTo(1);
        assertThat(upload.path("outcomes").path("MISMATCH").asInt()).isEqualTo(1);
        assertThat(upload.path("outcomes").path("PROPOSED").asInt()).isEqualTo(1);
        assertThat(upload.path("outcomes").path("PENDING").asInt()).isEqualTo(1);

        JsonNode automatic = line("AUTO", serial + "1");
        assertThat(automatic.path("proposals").get(0).path("businesses").get(0).path("enrollmentId").asText()).isEqualTo(exact);
        assertThat(automatic.toString()).doesNotContain("3803020109024512345").contains("****2345");
        JsonNode mismatch = line("MISMATCH", serial + "2");
        assertThat(mismatch.path("reason").asText()).contains("少付20.00元");
        assertThat(mismatch.path("difference").asText()).isEqualTo("-20.00");
        JsonNode proposed = line("PROPOSED", serial + "3");
        assertThat(proposed.path("proposals")).isNotEmpty();
        assertThat(proposed.path("proposals").findValuesAsText("total")).allMatch(total -> total.equals("400.00"));
        JsonNode pending = line("PENDING", serial + "4");
        assertThat(pending.path("reason").asText()).startsWith("识别码无效");

        assertThat(uploadStatement(file).path("added").asInt()).as("the same statement again").isZero();

        JsonNode outcomes = finance.post("/api/office/arrivals/confirm", Map.of("keys", List.of(automatic.path("key").asText())))
                .expect(200).body();
        assertThat(outcomes.get(0).path("confirmed").asBoolean()).as(outcomes.toString()).isTrue();
        assertThat(finance.post("/api/office/arrivals/" + automatic.path("key").asText() + "/confirm", Map.of())
                .expect(409).code()).isEqualTo("ARRIVAL_DECIDED");
        JsonNode settled = finance.await("/api/office/payments/" + exact,
                v -> v.path("settlement").path("fulfilment").path("status").asText().equals("DONE"), Duration.ofSeconds(60));
        assertThat(settled.path("settlement").path("payment").path("bankReference").asText()).isEqualTo(serial + "1");
        assertThat(settled.path("settlement").path("payment").path("receivedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(unit.get("/api/invoicing/" + exact + "/receipts").expect(200).body().findValuesAsText("delivery"))
                .containsOnly("SENT");
        assertThat(SesStore.mails(RunningSystem.get().emulators().sesEndpoint()).stream()
                .filter(m -> m.to().contains("pay-" + exact + "@example.cn"))).hasSize(1);

        String proposedKey = proposed.path("key").asText();
        assertThat(finance.post("/api/office/arrivals/" + proposedKey + "/confirm", Map.of("enrollmentIds", List.of(exact)))
                .expect(409).code()).isEqualTo("ENROLLMENT_NOT_AWAITING_PAYMENT");
        assertThat(finance.post("/api/office/arrivals/" + proposedKey + "/confirm",
                Map.of("enrollmentIds", List.of(uncoded, underpaid))).expect(400).code()).isEqualTo("ARRIVAL_AMOUNT_MISMATCH");
        finance.post("/api/office/arrivals/" + proposedKey + "/confirm", Map.of("enrollmentIds", List.of(uncoded))).expect(200);
        assertThat(unit.get("/api/enrollments/" + uncoded).body().path("state").asText()).isEqualTo("CONFIRMED");

        String pendingKey = pending.path("key").asText();
        assertThat(finance.post("/api/office/arrivals/" + pendingKey + "/set-aside", Map.of("note", " ")).expect(400).code())
                .isEqualTo("ARRIVAL_NOTE_REQUIRED");
        finance.post("/api/office/arrivals/" + pendingKey + "/set-aside", Map.of("note", "非会费，退回付款人")).expect(200);
        JsonNode history = finance.get("/api/office/arrivals/" + pendingKey).expect(200).body();
        assertThat(history.path("status").asText()).isEqualTo("SET_ASIDE");
        assertThat(history.path("decisions").findValuesAsText("by")).containsExactly("finance1");
        assertThat(history.path("decisions").findValuesAsText("detail")).containsExactly("非会费，退回付款人");
    }

    @Test
    void withAutomaticConfirmationOnAnExactMatchIsConfirmedWithoutAClick(@TempDir Path dir) throws Exception {
        ApiClient reviewer = RunningSystem.client().login("reviewer1", Businesses.PASSWORD);
        JsonNode settings = reviewer.get("/api/office/settings").expect(200).body();
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("arrivals")).put("autoConfirm", true);
        reviewer.put("/api/office/settings", settings).expect(200);
        try {
            String id = Businesses.invoiced(unit, "自动确认", LocalDate.of(1986, 4, 4), 0);
            String code = Businesses.noticeReference(unit, id);
            String serial = "AUTO" + System.nanoTime();
            Path file = BankStatements.write(Bank.CAMT, List.of(new Transfer(TODAY, serial, new BigDecimal("400.00"),
                    "青岛区测试单位1", "3803020109024512345", "会费 " + code)), dir);
            assertThat(uploadStatement(file).path("outcomes").path("AUTO").asInt()).isEqualTo(1);
            finance.await("/api/office/payments/" + id,
                    v -> v.path("settlement").path("fulfilment").path("status").asText().equals("DONE"), Duration.ofSeconds(60));
            JsonNode line = line("CONFIRMED", serial);
            JsonNode decided = finance.get("/api/office/arrivals/" + line.path("key").asText()).expect(200).body();
            assertThat(decided.path("decisions").findValuesAsText("by")).containsExactly("自动确认");
            assertThat(unit.get("/api/enrollments/" + id).body().path("state").asText()).isEqualTo("CONFIRMED");
        } finally {
            ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("arrivals")).put("autoConfirm", false);
            reviewer.put("/api/office/settings", settings).expect(200);
        }
    }

    @Test
    void aStatementNoSynonymNamesIsMappedByHandOnceAndThenRead(@TempDir Path dir) throws Exception {
        String bank = "某农商银行" + System.nanoTime() % 10000;
        String serial = "MAP" + System.nanoTime();
        Path file = Files.writeString(dir.resolve("明细.csv"), "某农商银行 账号 232554192616\r\n日子,进账,出账,来自,说明,编号\r\n" + TODAY + ",7.77,,某付款人,无识别码," + serial + "\r\n");
        JsonNode failed = uploadStatement(file);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("preview").get(1).get(0).asText()).isEqualTo("日子");

        assertThat(finance.post("/api/office/statement-mappings", Map.of("uploadId", failed.path("id").asText(), "bank", bank,
                "headerRow", 2, "columns", Map.of("DATE", 0))).expect(400).code()).isEqualTo("STATEMENT_MAPPING_INVALID");
        finance.post("/api/office/statement-mappings", Map.of("uploadId", failed.path("id").asText(), "bank", bank,
                "headerRow", 2, "columns", Map.of("DATE", 0, "CREDIT", 1, "DEBIT", 2, "PAYER_NAME", 3, "SERIAL", 5),
                "remarks", List.of(4))).expect(201);
        assertThat(finance.get("/api/office/statement-mappings").expect(200).body().findValuesAsText("bank")).contains(bank);

        JsonNode read = uploadStatement(file);
        assertThat(read.path("status").asText()).isEqualTo("DONE");
        assertThat(read.path("added").asInt()).isEqualTo(1);
        assertThat(line("PENDING", serial).path("payerName").asText()).isEqualTo("某付款人");
    }

    @Test
    void onlyFinanceSeesStatementsAndBadQueriesAreRefusedWithACode() {
        assertThat(unit.get("/api/office/arrivals").status()).isEqualTo(403);
        assertThat(RunningSystem.client().login("reviewer1", Businesses.PASSWORD).get("/api/office/arrivals").status())
                .isEqualTo(403);
        assertThat(unit.post("/api/office/statements", Map.of("fileName", "a.csv", "size", 10)).status()).isEqualTo(403);
        assertThat(finance.get("/api/office/arrivals?status=AUTO&from=2026-12-02&to=2026-11-01").expect(400).code())
                .isEqualTo("DATE_RANGE_REVERSED");
        assertThat(finance.get("/api/office/arrivals?status=AUTO&min=100&max=1").expect(400).code())
                .isEqualTo("AMOUNT_RANGE_REVERSED");
        assertThat(finance.get("/api/office/arrivals?status=NOPE").expect(400).code()).isEqualTo("ARRIVAL_STATUS");
        assertThat(finance.get("/api/office/arrivals?min=1e3").expect(400).code()).isEqualTo("QUERY_AMOUNT");
        assertThat(finance.sendRaw("POST", "/api/office/arrivals/confirm", "null").expect(400).code()).isEqualTo("BODY_REQUIRED");
        assertThat(finance.post("/api/office/arrivals/none/confirm", Map.of()).expect(404).code()).isEqualTo("ARRIVAL_NOT_FOUND");
        assertThat(finance.post("/api/office/statements", Map.of("fileName", "a.pdf", "size", 10)).expect(400).code())
                .isEqualTo("STATEMENT_FILE_TYPE");
    }

    @Test
    void aNonStatementFailsAsAWholeAndParallelUploadsOfOneStatementAddEachLineOnce(@TempDir Path dir) throws Exception {
        Path notAStatement = Files.writeString(dir.resolve("名单.csv"), "姓名,证件号码\n张三,1\n");
        JsonNode failed = uploadStatement(notAStatement);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("message").asText()).contains("不是可识别的银行对账单");

        List<Transfer> transfers = new ArrayList<>();
        String serial = "PAR" + System.nanoTime();
        for (int i = 0; i < 30; i++) {
            transfers.add(new Transfer(TODAY, serial + i, new BigDecimal("1.0" + (i % 10)), "付款人" + i, "", "无识别码"));
        }
        Path file = BankStatements.write(Bank.ICBC, transfers, dir);
        List<CompletableFuture<JsonNode>> uploads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            uploads.add(CompletableFuture.supplyAsync(() -> uploadStatement(file)));
        }
        int added = uploads.stream().map(CompletableFuture::join).mapToInt(u -> u.path("added").asInt()).sum();
        assertThat(added).isEqualTo(30);
    }

    private JsonNode uploadStatement(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            JsonNode ticket = finance.post("/api/office/statements", Map.of("fileName", file.getFileName().toString(),
                    "size", content.length)).expect(201).body();
            assertThat(ApiClient.upload(ticket, content)).isEqualTo(200);
            return finance.await("/api/office/statements/" + ticket.path("upload").path("id").asText(),
                    u -> u.path("status").asText().matches("DONE|FAILED"), Duration.ofSeconds(60));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The line with this 流水号 in a tab, looked for among today's lines. */
    private JsonNode line(String status, String serialNo) {
        JsonNode items = finance.get("/api/office/arrivals?status=" + status + "&from=" + TODAY + "&to=" + TODAY + "&limit=100")
                .expect(200).body().path("items");
        for (JsonNode item : items) {
            if (item.path("serialNo").asText().equals(serialNo)) {
                return item;
            }
        }
        throw new AssertionError("no line " + serialNo + " in " + status + ": " + items);
    }

    private static String broken(String code) {
        char check = code.charAt(5);
        return code.substring(0, 5) + (check == 'X' ? 'Y' : 'X');
    }
}
