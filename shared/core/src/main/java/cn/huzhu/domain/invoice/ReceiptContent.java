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
 * @param kind what the receipt is: null for a receipt of a payment, {@link #RED} for a 红冲, {@link #REPLACEMENT} for a
 *     换开
 * @param related 相关票据 of a red or replacement receipt: the original's 票据代码-票据号码
 */
public record ReceiptContent(String title, String code, String number, String checkCode, String payer, String payerTaxId,
        LocalDate issuedOn, List<Line> lines, Money total, String totalInWords, String payee, String drawer,
        String reviewer, String otherInfo, String channel, String batchNo, String checkKeyId, String kind,
        String related) {
    public static final String RED = "RED";
    public static final String REPLACEMENT = "REPLACEMENT";

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
                payee, drawer, reviewer, otherInfo, channel, batchNo, keyId, kind, related);
    }

    public boolean red() {
        return RED.equals(kind);
    }

    /** 票据代码-票据号码, as 相关票据 names a receipt. */
    public String reference() {
        return code + "-" + number;
    }

    /**
     * The red receipt (红冲) of this one: the same lines with negative quantities and amounts, the total in 大写 after
     * 负, 相关票据 naming this one, the reason in 其他信息. Never of a red receipt.
     */
    public ReceiptContent reversal(Issue issue) {
        if (red()) {
            throw new IllegalStateException("a red receipt is not reversed");
        }
        List<Line> negative = lines.stream().map(l -> new Line(l.itemCode(), l.itemName(), l.unit(), -l.quantity(),
                l.standard(), l.amount().times(-1), l.note())).toList();
        Money minus = total.times(-1);
        return new ReceiptContent(title, issue.code(), issue.number(), "", payer, payerTaxId, issue.issuedOn(), negative,
                minus, "负" + ChineseAmount.of(total), issue.payee(), issue.drawer(), issue.reviewer(),
                "冲红 " + reference(), channel, batchNo, null, RED, reference());
    }

    /** The replacement (换开) of this one: the same lines and total, the corrected payer, 相关票据 naming this one. */
    public ReceiptContent replacement(Issue issue, ReceiptPayer corrected) {
        if (red()) {
            throw new IllegalStateException("a red receipt is not replaced");
        }
        return new ReceiptContent(title, issue.code(), issue.number(), "", corrected.title(), corrected.taxId(),
                issue.issuedOn(), lines, total, totalInWords, issue.payee(), issue.drawer(), issue.reviewer(),
                corrected.otherInfo(), channel, batchNo, null, REPLACEMENT, reference());
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
                issue.reviewer(), invoice.otherInfo(), invoice.channel().label(), invoice.batchNo(), null, null, null);
    }
}
