package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.pdf.PdfReading;
import cn.huzhu.domain.enrollment.PaymentReference;
import cn.huzhu.testing.Links;

/** Step 6 over HTTP: 缴费通知单 and 确认书 printed, counted, read back, verified; the member list downloaded. */
class DocumentsEndToEndTest {
    private final ApiClient unit = RunningSystem.client().login("unit1", Businesses.PASSWORD);

    @Test
    void theNoticeIsPrintedWithItsReferenceAndCountedAtEveryPrint() {
        String id = Businesses.approved(unit, "通知", LocalDate.of(1988, 3, 3));
        String applicationNo = unit.get("/api/enrollments/" + id).body().path("applicationNo").asText();
        JsonNode listed = unit.get("/api/documents/notices?applicationNo=" + applicationNo).expect(200).body().path("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("printCount").asInt()).isZero();

        JsonNode first = unit.post("/api/documents/notices/" + id + "/print", null).expect(200).body();
        JsonNode second = unit.post("/api/documents/notices/" + id + "/print", null).expect(200).body();
        assertThat(second.path("printCount").asInt()).isEqualTo(first.path("printCount").asInt() + 1);
        var download = ApiClient.download(second.path("url").asText());
        assertThat(download.headers().firstValue("content-disposition").orElse("")).contains("attachment");
        String text = PdfReading.text(download.body()).replace(" ", "");
        JsonNode row = unit.get("/api/documents/notices?applicationNo=" + applicationNo).body().path("items").get(0);
        String reference = row.path("reference").asText();
        assertThat(PaymentReference.valid(reference)).isTrue();
        assertThat(row.path("printCount").asInt()).isEqualTo(2);
        assertThat(text).contains(applicationNo, "青岛区测试单位1", "400.00", "肆佰元整", "232554192616", "中国银行青岛市南支行",
                "104452000028", reference, "次月初确认");
        assertThat(RunningSystem.client().login("unit2", Businesses.PASSWORD).post("/api/documents/notices/" + id + "/print",
                null).status()).isEqualTo(404);
    }

    @Test
    void theConfirmationIsPrintedAfterTheListIsCheckedAndItsQrCodeVerifies() throws Exception {
        String id = Businesses.confirmed(unit, "确认", LocalDate.of(1987, 4, 4));
        JsonNode unprinted = unit.get("/api/documents/confirmations?printed=false&limit=100").expect(200).body().path("items");
        JsonNode row = null;
        for (JsonNode r : unprinted) {
            if (r.path("id").asText().equals(id)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        String number = row.path("confirmationNo").asText();
        JsonNode members = unit.get("/api/enrollments/" + id + "/plans/NT01/members?limit=50").expect(200).body();
        assertThat(members.path("items")).hasSize(8);

        JsonNode printed = unit.post("/api/documents/confirmations/" + id + "/print", null).expect(200).body();
        assertThat(printed.path("printCount").asInt()).isEqualTo(1);
        byte[] pdf = ApiClient.download(printed.path("url").asText()).body();
        String text = PdfReading.text(pdf).replace(" ", "");
        assertThat(text).contains("确认书号：" + number, "确认甲", "确认辛", "********", "第1页", "本页小计：8人次");
        assertThat(text).doesNotContainPattern("\\d{17}[0-9X]").doesNotContain("1987-04-04");
        assertThat(unit.get("/api/documents/confirmations?printed=true&confirmationNo=" + number).body().path("items"))
                .hasSize(1);

        Map<String, String> query = Links.query(PdfReading.qrCode(pdf));
        JsonNode verified = RunningSystem.client().getFrom("127.0.0.12", "/api/public/confirmations/verify?number="
                + query.get("number") + "&check=" + query.get("check")).expect(200).body();
        assertThat(verified.path("genuine").asBoolean()).isTrue();
        assertThat(verified.path("unitName").asText()).isEqualTo("青岛区测试单位1");
        assertThat(verified.path("persons").asInt()).isEqualTo(8);

        String list = unit.get("/api/documents/confirmations/" + id + "/members").expect(200).body().path("url").asText();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ApiClient.download(list).body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(9);
            assertThat(book.getSheetAt(0).getRow(2).getCell(4).getStringCellValue()).contains("********");
        }
    }
}
