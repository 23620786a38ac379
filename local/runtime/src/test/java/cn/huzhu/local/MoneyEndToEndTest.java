package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.pdf.PdfReading;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.Links;

/**
 * Step 5 over HTTP through the local runtime: approval, the guide's two invoices for 女工特病 (80 工会经费 + 320 会员自付),
 * 提交, 确认收款, the receipts mailed by SES as PDFs read back and verified through 查验, coverage, and 续保.
 */
class MoneyEndToEndTest {
    private static final String PASSWORD = "huzhu2025";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final ApiClient unit = RunningSystem.client().login("unit1", PASSWORD);
    private final ApiClient reviewer = RunningSystem.client().login("reviewer1", PASSWORD);
    private final ApiClient finance = RunningSystem.client().login("finance1", PASSWORD);

    private static Map<String, Object> invoice(String source, String payer, String email, String price) {
        Map<String, Object> body = new HashMap<>();
        body.putAll(Map.of("source", source, "title", payer, "taxIdType", "统一社会信用代码证书", "taxId", "91350100M000100Y43",
                "payerEmail", email, "lines", List.of(Map.of("planCode", "NT01", "persons", 8, "unitPrice", price, "note", "2份"))));
        return body;
    }

    @Test
    void fromApprovalToVerifiedReceiptsCoverageAndRenewal() {
        String id = Businesses.approved(unit, "女职工", LocalDate.of(1986, 5, 1));
        JsonNode row = unit.get("/api/invoicing?limit=100").expect(200).body().path("items").findParents("id").stream()
                .filter(r -> r.path("id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(row.path("payable").asText()).isEqualTo("400.00");
        assertThat(row.path("remaining").asText()).isEqualTo("400.00");

        String union = "gonghui-" + id + "@example.cn";
        String members = "huiyuan-" + id + "@example.cn";
        JsonNode preview = unit.post("/api/invoicing/" + id + "/preview", invoice("工会经费", "青岛区测试单位1工会", union, "10"))
                .expect(200).body();
        assertThat(preview.path("receipt").path("totalInWords").asText()).isEqualTo("捌拾元整");
        assertThat(preview.path("problems")).isEmpty();
        JsonNode first = unit.post("/api/invoicing/" + id + "/invoices", invoice("工会经费", "青岛区测试单位1工会", union, "10"))
                .expect(201).body();
        assertThat(first.path("batchNo").asText()).startsWith("LZ");
        JsonNode tooMuch = unit.post("/api/invoicing/" + id + "/invoices", invoice("会员自付", "全体会员", members, "40.01"))
                .expect(400).body();
        assertThat(tooMuch.path("code").asText()).isEqualTo("INVOICE_EXCEEDS_REMAINDER");
        unit.post("/api/invoicing/" + id + "/invoices", invoice("会员自付", "青岛区测试单位1全体会员", members, "40")).expect(201);

        // a second tab still holding revision 1 cannot overwrite the edit made in the first
        Map<String, Object> edit = invoice("工会经费", "青岛区测试单位1工会委员会", union, "10");
        edit.put("revision", 1);
        unit.put("/api/invoicing/" + id + "/invoices/" + first.path("id").asText(), edit).expect(200);
        assertThat(unit.put("/api/invoicing/" + id + "/invoices/" + first.path("id").asText(), edit).expect(409).code())
                .isEqualTo("INVOICE_CHANGED");

        List<CompletableFuture<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(CompletableFuture.supplyAsync(() -> unit.post("/api/invoicing/" + id + "/submit", null).status()));
        }
        assertThat(clicks.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
        assertThat(unit.get("/api/enrollments/" + id).body().path("state").asText()).isEqualTo("AWAITING_PAYMENT");

        JsonNode queue = finance.get("/api/office/payments?limit=100").expect(200).body();
        assertThat(queue.path("windowRule").asText()).contains("25日");
        assertThat(queue.path("page").path("items").findValuesAsText("id")).contains(id);
        JsonNode wrong = finance.post("/api/office/payments/" + id + "/confirm",
                Map.of("amount", "380", "receivedOn", TODAY.toString(), "bankReference", "B-E2E")).expect(400).body();
        assertThat(wrong.path("message").asText()).contains("少20.00元");
        assertThat(reviewer.post("/api/office/payments/" + id + "/confirm",
                Map.of("amount", "400", "receivedOn", TODAY.toString(), "bankReference", "B-E2E")).status()).isEqualTo(403);
        JsonNode confirmed = finance.post("/api/office/payments/" + id + "/confirm",
                Map.of("amount", "400.00", "receivedOn", TODAY.toString(), "bankReference", "B-E2E")).expect(200).body();
        assertThat(confirmed.path("confirmationNo").asText()).startsWith("G1503");
        assertThat(finance.post("/api/office/payments/" + id + "/confirm",
                Map.of("amount", "400", "receivedOn", TODAY.toString(), "bankReference", "B-2")).expect(409).code())
                .isEqualTo("PAYMENT_ALREADY_CONFIRMED");

        JsonNode done = finance.await("/api/office/payments/" + id,
                v -> v.path("settlement").path("fulfilment").path("status").asText().equals("DONE"), Duration.ofSeconds(60));
        assertThat(done.path("settlement").path("confirmation").path("effectiveOn").asText()).isEqualTo(TODAY.plusDays(1).toString());
        JsonNode receipts = unit.get("/api/invoicing/" + id + "/receipts").expect(200).body();
        assertThat(receipts).hasSize(2);
        assertThat(receipts.findValuesAsText("delivery")).containsOnly("SENT");

        List<SesStore.Mail> unionMails = SesStore.mails(RunningSystem.get().emulators().sesEndpoint()).stream()
                .filter(m -> m.to().contains(union)).toList();
        assertThat(unionMails).hasSize(1);
        byte[] pdf = unionMails.get(0).attachments().get(0).content();
        String text = PdfReading.text(pdf).replace(" ", "");
        JsonNode unionReceipt = receipts.get(0);
        assertThat(text).contains("票据号码：" + unionReceipt.path("number").asText(), "交款人：青岛区测试单位1工会委员会",
                "捌拾元整", "（小写）80.00", "会费女工特病2025版(标准版)(会费25元)", "复核人：刘建国", "开票人：王晓梅");
        String link = PdfReading.qrCode(pdf);
        assertThat(link).startsWith(RunningSystem.get().url() + "/#/verify?");
        Map<String, String> query = Links.query(link);
        String receiptQuery = "/api/public/receipts/verify?code=" + query.get("code") + "&number=" + query.get("number");
        JsonNode verified = RunningSystem.client().getFrom("127.0.0.11", receiptQuery + "&check=" + query.get("check"))
                .expect(200).body();
        assertThat(verified.path("genuine").asBoolean()).isTrue();
        assertThat(verified.path("total").asText()).isEqualTo("80.00");
        assertThat(verified.path("payer").asText()).isEqualTo("青岛区测试单位1工会委员会");
        JsonNode forged = RunningSystem.client().getFrom("127.0.0.11", receiptQuery + "&check=zzzzzz").expect(200).body();
        assertThat(forged.path("genuine").asBoolean()).isFalse();
        assertThat(forged.has("payer")).isFalse();

        String url = unit.get("/api/invoicing/" + id + "/receipts/" + unionReceipt.path("number").asText()).expect(200).body()
                .path("url").asText();
        assertThat(PdfReading.text(ApiClient.download(url).body())).contains(unionReceipt.path("number").asText());
        assertThat(RunningSystem.client().login("unit2", PASSWORD).get("/api/invoicing/" + id + "/receipts").status())
                .isEqualTo(404);

        assertThat(unit.post("/api/enrollments/" + id + "/renew", null).expect(409).body().path("code").asText())
                .isEqualTo("RENEWAL_EARLY");
        JsonNode renewal = unit.post("/api/enrollments/" + id + "/renew?early=true", null).expect(201).body();
        String renewed = renewal.path("id").asText();
        unit.await("/api/enrollments/" + renewed + "/batches",
                b -> b.size() == 1 && b.get(0).path("status").asText().equals("DONE"), Duration.ofSeconds(60));
        JsonNode renewedMembers = unit.get("/api/enrollments/" + renewed + "/plans/NT01/members?unexpired=true&limit=50")
                .expect(200).body();
        assertThat(renewedMembers.path("items")).hasSize(8);
        assertThat(unit.get("/api/enrollments/" + renewed).body().path("plans").get(0).path("unexpired").asInt()).isEqualTo(8);

        // 查验 from one address is limited to 10 a minute: of 25 tries within at most two minutes, 5 or more are refused
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            int status = RunningSystem.client().getFrom("127.0.0.9",
                    "/api/public/receipts/verify?code=37050126&number=0000000001&check=abcdef").status();
            assertThat(status).isIn(200, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).isGreaterThanOrEqualTo(5);
        assertThat(RunningSystem.client().getFrom("127.0.0.10",
                "/api/public/receipts/verify?code=37050126&number=0000000001&check=abcdef").status()).as("another address")
                .isEqualTo(200);
    }
}
