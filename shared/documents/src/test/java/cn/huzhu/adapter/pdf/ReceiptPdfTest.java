package cn.huzhu.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.invoice.FeeSource;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceLine;
import cn.huzhu.domain.invoice.PaymentChannel;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.invoice.TaxIdType;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Catalogs;

class ReceiptPdfTest {
    private static final String URL = "https://huzhu.example.cn/#/verify?code=37050126&number=0000000007&check=a1b2c3";

    private static ReceiptContent receipt(String payer, List<InvoiceLine> lines) {
        List<EnrollmentPlan> plans = List.of(
                EnrollmentPlan.chosen(Catalogs.female(), 2).withMembers(new MemberStats(8, 0, 0)),
                EnrollmentPlan.chosen(Catalogs.hospital(), 1).withMembers(new MemberStats(25, 0, 0)));
        Invoice invoice = new Invoice("i1", "LZ17", FeeSource.UNION_FUNDS, payer, TaxIdType.CREDIT_CODE,
                "91370200MA3C4XYZ5W", PaymentChannel.TRANSFER, "caiwu@example.cn", "2份", lines, Instant.EPOCH, "unit", 1);
        return ReceiptContent.of(invoice, plans, new ReceiptContent.Issue("37050126", "0000000007", "a1b2c3",
                LocalDate.of(2026, 12, 1), "中国职工保险互助会青岛办事处", "王开票", "李复核"));
    }

    /** The guide's 80 元 receipt of 工会经费 for 女工特病. */
    static ReceiptContent sample() {
        return receipt("青岛海湾化工有限公司工会委员会", List.of(new InvoiceLine(Catalogs.female().code(), 8, Money.ofYuan(10), "2份")));
    }

    @Test
    void printsEveryFieldOfTheContentAndTheQrCodeLeadsToVerification() {
        ReceiptContent content = receipt("青岛海湾化工有限公司工会委员会", List.of(
                new InvoiceLine(Catalogs.female().code(), 8, Money.ofYuan(10), "2份")));
        byte[] pdf = new ReceiptPdf().render(content, URL);

        String text = PdfReading.text(pdf).replace(" ", "");
        assertThat(text).contains("全国性社会团体会费统一票据（电子）", "票据代码：37050126", "票据号码：0000000007",
                "校验码：a1b2c3", "开票日期：2026-12-01", "交款人：青岛海湾化工有限公司工会委员会",
                "交款人统一社会信用代码：91370200MA3C4XYZ5W", content.lines().get(0).itemCode(),
                "会费" + Catalogs.female().plan().name(), "10.00", "80.00", "捌拾元整", "（小写）80.00",
                "收款单位（章）：中国职工保险互助会青岛办事处", "复核人：李复核", "开票人：王开票", "批次号：LZ17");
        assertThat(PdfReading.pages(pdf)).isEqualTo(1);
        assertThat(PdfReading.qrCode(pdf)).isEqualTo(URL);
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsABoxInsteadOfFailingTheReceipt() {
        ReceiptContent content = receipt("𠀀记工会", List.of(new InvoiceLine(Catalogs.female().code(), 8, Money.ofYuan(10), "")));
        String text = PdfReading.text(new ReceiptPdf().render(content, URL));
        assertThat(text).contains("交款人：□记工会");
    }

    @Test
    void manyLinesStillFitOnePage() {
        List<InvoiceLine> lines = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new InvoiceLine(Catalogs.hospital().code(), 1, Money.ofYuan(60), "第" + i + "行")).toList();
        byte[] pdf = new ReceiptPdf().render(receipt("某单位", lines), URL);
        assertThat(PdfReading.pages(pdf)).isEqualTo(1);
        assertThat(PdfReading.text(pdf)).contains("第0行", "第11行", "柒佰贰拾元整");
    }
}
