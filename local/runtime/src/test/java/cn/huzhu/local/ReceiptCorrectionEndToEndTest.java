package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.pdf.PdfReading;
import cn.huzhu.testing.SesStore;

/**
 * 红冲 and 换开 over HTTP: finance reverses a receipt (a double click reverses once), the red receipt is drawn, mailed
 * and verifiable, 查验 of the original says 已冲红 then 已换开 with the replacing number; the unit asks for a 换开 and
 * finance refuses, then grants it; a red receipt is never corrected.
 */
class ReceiptCorrectionEndToEndTest {
    private static final Pattern CHECK = Pattern.compile("票据号码：(\\d{10})\\n校验码：([0-9a-z]{6})");
    private final ApiClient unit = RunningSystem.client().login("unit1", Businesses.PASSWORD);
    private final ApiClient finance = RunningSystem.client().login("finance1", Businesses.PASSWORD);

    @Test
    void aReceiptIsReversedReplacedAndVerifiedAsSuch() throws Exception {
        String id = Businesses.confirmed(unit, "冲红", LocalDate.of(1984, 4, 4));
        String receipts = "/api/invoicing/" + id + "/receipts";
        JsonNode original = unit.await(receipts, r -> r.size() == 1 && r.get(0).path("delivery").asText().equals("SENT"),
                Duration.ofSeconds(30)).get(0);
        String number = original.path("number").asText();
        String office = "/api/office/payments/" + id + "/receipts/" + number;
        assertThat(finance.post(office + "/reverse", Map.of("reason", " ")).expect(400).code()).isEqualTo("RECEIPT_REASON_REQUIRED");

        List<CompletableFuture<JsonNode>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(CompletableFuture.supplyAsync(() -> finance.post(office + "/reverse", Map.of("reason", "金额开错"))
                    .expect(200).body()));
        }
        List<String> redNumbers = clicks.stream().map(CompletableFuture::join).map(c -> c.path("redNumber").asText()).toList();
        assertThat(redNumbers).doesNotContain("").containsOnly(redNumbers.get(0));

        JsonNode listed = unit.await(receipts, r -> r.size() == 2 && r.get(1).path("delivery").asText().equals("SENT"),
                Duration.ofSeconds(30));
        assertThat(listed.get(0).path("statusLabel").asText()).isEqualTo("已冲红");
        JsonNode red = listed.get(1);
        assertThat(red.path("number").asText()).isEqualTo(redNumbers.get(0));
        assertThat(red.path("kindLabel").asText()).isEqualTo("红字");
        assertThat(red.path("total").asText()).isEqualTo("-400.00");
        assertThat(red.path("related").asText()).isEqualTo(original.path("code").asText() + "-" + number);
        String redPdf = unit.get(receipts + "/" + red.path("number").asText()).expect(200).body().path("url").asText();
        assertThat(PdfReading.text(ApiClient.download(redPdf).body()).replace(" ", ""))
                .contains("负肆佰元整", "-400.00", "相关票据：" + original.path("code").asText() + "-" + number);

        String mailTo = original.path("sentTo").asText();
        String check = checkCode(mailTo, number);
        JsonNode reversed = verify(original.path("code").asText(), number, check);
        assertThat(reversed.path("status").asText()).isEqualTo("已冲红");
        assertThat(verify(red.path("code").asText(), red.path("number").asText(), checkCode(mailTo, red.path("number").asText()))
                .path("status").asText()).isEqualTo("红字票据");

        Map<String, Object> corrected = Map.of("title", "青岛区测试单位1工会", "payerEmail", "corrected-" + id + "@example.cn",
                "reason", "抬头应为工会");
        JsonNode replaced = finance.post(office + "/replace", corrected).expect(200).body();
        assertThat(replaced.path("status").asText()).isEqualTo("REPLACED");
        assertThat(replaced.path("redNumber").asText()).as("the red receipt already issued").isEqualTo(redNumbers.get(0));
        String replacement = replaced.path("replacementNumber").asText();
        JsonNode three = unit.await(receipts, r -> r.size() == 3 && r.get(2).path("delivery").asText().equals("SENT"),
                Duration.ofSeconds(30));
        assertThat(three.get(2).path("payer").asText()).isEqualTo("青岛区测试单位1工会");
        assertThat(three.get(2).path("sentTo").asText()).isEqualTo("corrected-" + id + "@example.cn");
        JsonNode nowReplaced = verify(original.path("code").asText(), number, check);
        assertThat(nowReplaced.path("status").asText()).isEqualTo("已换开");
        assertThat(nowReplaced.path("replacedBy").asText()).endsWith("-" + replacement);

        assertThat(finance.post("/api/office/payments/" + id + "/receipts/" + red.path("number").asText() + "/reverse",
                Map.of("reason", "x")).expect(409).code()).isEqualTo("RECEIPT_IS_RED");

        String ask = receipts + "/" + replacement + "/reissue";
        unit.post(ask, Map.of("title", "青岛区测试单位1", "payerEmail", "again-" + id + "@example.cn", "reason", "仍需改回单位"))
                .expect(200);
        assertThat(unit.post(ask, Map.of("title", "x", "payerEmail", "x@example.cn", "reason", "再点一次")).expect(409).code())
                .isEqualTo("RECEIPT_CORRECTION_OPEN");
        assertThat(finance.get("/api/office/receipt-requests").expect(200).body().findValuesAsText("number")).contains(replacement);
        String replacementOffice = "/api/office/payments/" + id + "/receipts/" + replacement;
        finance.post(replacementOffice + "/refuse", Map.of("reason", "抬头无误")).expect(200);
        JsonNode afterRefusal = unit.get(receipts).expect(200).body().get(2);
        assertThat(afterRefusal.path("statusLabel").asText()).isEqualTo("换开已拒绝");
        assertThat(afterRefusal.path("requestNote").asText()).contains("抬头无误");
        unit.post(ask, Map.of("title", "青岛区测试单位1", "payerEmail", "again-" + id + "@example.cn", "reason", "请再审核"))
                .expect(200);
        JsonNode granted = finance.post(replacementOffice + "/approve", null).expect(200).body();
        assertThat(granted.path("status").asText()).isEqualTo("REPLACED");
        JsonNode five = unit.await(receipts, r -> r.size() == 5 && r.get(4).path("delivery").asText().equals("SENT"),
                Duration.ofSeconds(30));
        assertThat(five.findValuesAsText("kindLabel")).containsExactly("蓝字", "红字", "换开", "红字", "换开");
        assertThat(SesStore.mails(RunningSystem.get().emulators().sesEndpoint()).stream()
                .filter(m -> m.to().contains("again-" + id + "@example.cn"))).isNotEmpty();
    }

    private static JsonNode verify(String code, String number, String check) {
        return RunningSystem.client().getFrom("127.0.0.12", "/api/public/receipts/verify?code=" + code + "&number=" + number
                + "&check=" + check).expect(200).body();
    }

    /** The 校验码 the receipt's mail gives for this 票据号码. */
    private static String checkCode(String to, String number) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (SesStore.Mail mail : SesStore.mails(RunningSystem.get().emulators().sesEndpoint())) {
                Matcher matcher = CHECK.matcher(mail.body());
                if (mail.to().contains(to) && matcher.find() && matcher.group(1).equals(number)) {
                    return matcher.group(2);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail with the 校验码 of " + number);
    }
}
