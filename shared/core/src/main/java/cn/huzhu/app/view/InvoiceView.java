package cn.huzhu.app.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceLine;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.invoice.ReceiptCorrection;
import cn.huzhu.domain.money.ChineseAmount;

/** 开票信息 as the unit and finance read it, with the receipt it became once the payment was confirmed. */
public record InvoiceView(String id, String batchNo, int revision, String source, String sourceLabel, String title,
        String taxIdType, String taxIdTypeLabel, String taxId, String channel, String channelLabel, String payerEmail,
        String otherInfo, List<LineView> lines, String total, String totalInWords, Instant createdAt,
        ReceiptSummary receipt) {

    public record LineView(String planCode, String planName, int persons, String unitPrice, String amount, String note) {
    }

    /** Where the receipt of an invoice stands: its numbers and its mail. */
    /**
     * A receipt in a list: its numbers, amount and payer, its kind (蓝字, 红字, 换开) with 相关票据, what became of it
     * ({@code status}: null while in force; the number that replaced it; a 换开 asked or refused), and its mail.
     */
    public record ReceiptSummary(String code, String number, String issuedOn, String total, String payer, String kind,
            String kindLabel, String related, String status, String statusLabel, String replacedBy, String requestNote,
            String delivery, String deliveryLabel, String sentTo, String error, int attempts, boolean downloadable) {
        public static ReceiptSummary of(Receipt r) {
            return of(r, null);
        }

        public static ReceiptSummary of(Receipt r, ReceiptCorrection c) {
            ReceiptContent content = r.content();
            String kind = content.kind() == null ? "BLUE" : content.kind();
            String kindLabel = content.red() ? "红字" : ReceiptContent.REPLACEMENT.equals(content.kind()) ? "换开" : "蓝字";
            String note = c == null ? null : c.status() == ReceiptCorrection.Status.REFUSED ? "拒绝原因：" + c.refusal()
                    : c.status() == ReceiptCorrection.Status.REQUESTED ? "申请原因：" + c.reason() : c.reason();
            return new ReceiptSummary(r.code(), r.number(), content.issuedOn().toString(), content.total().format(),
                    content.payer(), kind, kindLabel, content.related(), c == null ? null : c.status().name(),
                    c == null ? "正常" : c.status().label(),
                    c == null || c.replacementNumber() == null ? null : c.replacementCode() + "-" + c.replacementNumber(),
                    note, r.delivery().status().name(), r.delivery().status().label(), r.delivery().to(),
                    r.delivery().error(), r.delivery().attempts(), r.pdfKey() != null);
        }
    }

    public static InvoiceView of(Invoice i, List<EnrollmentPlan> plans, Optional<Receipt> receipt) {
        return new InvoiceView(i.id(), i.batchNo(), i.revision(), i.source().name(), i.source().label(), i.title(),
                i.taxIdType() == null ? null : i.taxIdType().name(), i.taxIdType() == null ? null : i.taxIdType().label(),
                i.taxId(), i.channel().name(), i.channel().label(), i.payerEmail(), i.otherInfo(),
                i.lines().stream().map(line -> line(line, plans)).toList(), Views.money(i.total()),
                ChineseAmount.of(i.total()), i.createdAt(), receipt.map(ReceiptSummary::of).orElse(null));
    }

    private static LineView line(InvoiceLine line, List<EnrollmentPlan> plans) {
        String name = plans.stream().filter(p -> p.code().equals(line.planCode())).map(p -> p.plan().name()).findFirst()
                .orElse(line.planCode());
        return new LineView(line.planCode(), name, line.persons(), Views.money(line.unitPrice()), Views.money(line.amount()),
                line.note());
    }
}
