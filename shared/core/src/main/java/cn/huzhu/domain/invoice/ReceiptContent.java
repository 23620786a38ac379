package cn.huzhu.domain.invoice;

import java.time.LocalDate;
import java.util.List;

import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.money.ChineseAmount;
import cn.huzhu.domain.money.Money;

/**
 * What an electronic receipt says, field for field: the live 票据预览 while the unit types the invoice, and the PDF
 * issued on payment are both drawn from this one content, so the preview and the receipt cannot differ.
 *
 * @param code 票据代码 (8 digits), empty on a preview
 * @param number 票据号码 (10 digits), empty on a preview
 * @param checkCode 校验码 (6 characters), empty on a preview
 * @param payee 收款单位
 * @param drawer 开票人; reviewer 复核人
 * @param checkKeyId the id of the receipt key that made the 校验码 (not printed)
 */
public record ReceiptContent(String title, String code, String number, String checkCode, String payer, String payerTaxId,
        LocalDate issuedOn, List<Line> lines, Money total, String totalInWords, String payee, String drawer,
        String reviewer, String otherInfo, String channel, String batchNo, String checkKeyId) {

    public static final String TITLE = "全国性社会团体会费统一票据（电子）";
    public static final String UNIT = "元";

    /** 项目编码, 项目名称 ("会费 " + plan), 单位, 数量, 标准, 金额, 备注. */
    public record Line(String itemCode, String itemName, String unit, int quantity, Money standard, Money amount,
            String note) {
    }

    /** Who issues, and under which numbers; all empty for a preview. */
    public record Issue(String code, String number, String checkCode, LocalDate issuedOn, String payee, String drawer,
            String reviewer) {
        /** A preview: no numbers yet, today's date. */
        public static Issue preview(LocalDate today, String payee, String drawer, String reviewer) {
            return new Issue("", "", "", today, payee, drawer, reviewer);
        }
    }

    public ReceiptContent {
        lines = List.copyOf(lines);
    }

    /** The content with its 校验码, which is computed from the rest of it under the key named. */
    public ReceiptContent withCheckCode(String check, String keyId) {
        return new ReceiptContent(title, code, number, check, payer, payerTaxId, issuedOn, lines, total, totalInWords,
                payee, drawer, reviewer, otherInfo, channel, batchNo, keyId);
    }

    public static ReceiptContent of(Invoice invoice, List<EnrollmentPlan> plans, Issue issue) {
        List<Line> lines = invoice.lines().stream().map(line -> {
            EnrollmentPlan plan = plans.stream().filter(p -> p.code().equals(line.planCode())).findFirst().orElseThrow();
            return new Line(plan.plan().itemCode(), "会费 " + plan.plan().name(), UNIT, line.persons(), line.unitPrice(),
                    line.amount(), line.note());
        }).toList();
        Money total = invoice.total();
        return new ReceiptContent(TITLE, issue.code(), issue.number(), issue.checkCode(), invoice.title(),
                invoice.taxId(), issue.issuedOn(), lines, total, ChineseAmount.of(total), issue.payee(), issue.drawer(),
                issue.reviewer(), invoice.otherInfo(), invoice.channel().label(), invoice.batchNo(), null);
    }
}
