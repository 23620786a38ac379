package cn.huzhu.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceBook;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.money.FeeBasis;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.money.PlanFees;

/**
 * 处理 of one business in 线上开票录入: per plan and 职业 the 标准, 份数, 人数 and the plan's 剩余开票金额; the
 * 保障活动补贴/赠险汇总 and its 明细; the invoices; and whether 提交 is possible yet.
 *
 * @param payee 收款单位 as the receipt preview prints it
 * @param unitCreditCode the unit's own 统一社会信用代码, which a new invoice starts from
 */
public record InvoicingDesk(String id, String applicationNo, String unitName, String businessTypeLabel, String state,
        String stateLabel, boolean editable, List<FeeRow> rows, Summary summary, List<PlanMoney> details,
        List<InvoiceView> invoices, List<Problem> submitProblems, String payee, String unitCreditCode, String fulfilment,
        String fulfilmentLabel) {

    /**
     * One row of the fee table. A plan whose 高危职业 fee differs has a row per 职业; {@code planRows} tells the first
     * row of a plan how many rows its remainder spans (0 on the others). {@code months} is a 增员's part of the term
     * ("8/12"), empty for a whole term; {@code perPerson} what one person pays.
     */
    public record FeeRow(String planCode, String activityName, String planName, String occupation, String standard,
            int shares, String months, String perPerson, int persons, String amount, String remaining, int planRows) {
    }

    /** 保障活动补贴/赠险汇总 */
    public record Summary(String totalFee, String subsidy, String gift, String claimDeduction, String payable,
            String remaining) {
    }

    /** 明细: one plan's 补贴, 赠险 and 理赔金额, with what is left to invoice. */
    public record PlanMoney(String planCode, String activityName, String planName, int persons, String subsidyPerPerson,
            String subsidy, String giftPerPerson, String gift, String claimDeduction, String payable, String invoiced,
            String remaining) {
    }

    public static InvoicingDesk of(Enrollment e, List<Invoice> stored, Map<String, Receipt> receiptsByInvoice, List<Problem> submitProblems,
            String payee, String unitCreditCode) {
        List<FeeRow> rows = new ArrayList<>();
        List<PlanMoney> details = new ArrayList<>();
        Money remainingTotal = Money.ZERO;
        for (EnrollmentPlan plan : e.plans()) {
            Money remaining = InvoiceBook.remaining(plan, e.invoices(), null);
            remainingTotal = remainingTotal.plus(remaining);
            rows.addAll(feeRows(plan, remaining));
            details.add(money(plan, remaining));
        }
        PlanFees fees = e.fees();
        Summary summary = new Summary(Views.money(fees.totalFee()), Views.money(fees.subsidy()), Views.money(fees.gift()),
                Views.money(fees.claimDeduction()), Views.money(fees.payable()), Views.money(remainingTotal));
        List<InvoiceView> invoices = stored.stream()
                .map(i -> InvoiceView.of(i, e.plans(), Optional.ofNullable(receiptsByInvoice.get(i.id())))).toList();
        var fulfilment = e.settlement().fulfilment();
        return new InvoicingDesk(e.id(), e.applicationNo(), e.unitName(), e.businessType().label(), e.state().name(),
                e.state().label(), e.state() == EnrollmentState.APPROVED, rows, summary, details, invoices, submitProblems,
                payee, unitCreditCode, fulfilment == null ? null : fulfilment.status().name(),
                fulfilment == null ? null : fulfilment.status().label());
    }

    static List<FeeRow> feeRows(EnrollmentPlan plan, Money remaining) {
        FeeBasis basis = plan.feeBasis();
        Plan p = plan.plan();
        String activity = plan.chosen().activityName();
        boolean split = !basis.feePerShare().equals(basis.highRiskFeePerShare()) && basis.highRiskPersons() > 0;
        String months = basis.proration() == null ? "" : basis.proration().months() + "/" + basis.proration().termMonths();
        if (!split) {
            String occupation = basis.highRiskPersons() == 0 ? "一般职业" : "一般职业、高危职业";
            return List.of(new FeeRow(plan.code(), activity, p.name(), occupation, Views.money(basis.feePerShare()),
                    basis.shares(), months, Views.money(basis.perGeneralPerson()), basis.persons(),
                    Views.money(basis.perGeneralPerson().times(basis.persons())), Views.money(remaining), 1));
        }
        List<FeeRow> rows = new ArrayList<>();
        if (basis.generalPersons() > 0) {
            rows.add(new FeeRow(plan.code(), activity, p.name(), "一般职业", Views.money(basis.feePerShare()), basis.shares(),
                    months, Views.money(basis.perGeneralPerson()), basis.generalPersons(),
                    Views.money(basis.perGeneralPerson().times(basis.generalPersons())), Views.money(remaining), 2));
        }
        rows.add(new FeeRow(plan.code(), activity, p.name(), "高危职业", Views.money(basis.highRiskFeePerShare()),
                basis.shares(), months, Views.money(basis.perHighRiskPerson()), basis.highRiskPersons(),
                Views.money(basis.perHighRiskPerson().times(basis.highRiskPersons())), Views.money(remaining),
                rows.isEmpty() ? 1 : 0));
        return rows;
    }

    private static PlanMoney money(EnrollmentPlan plan, Money remaining) {
        PlanFees fees = plan.fees();
        return new PlanMoney(plan.code(), plan.chosen().activityName(), plan.plan().name(), plan.persons(),
                Views.money(plan.feeBasis().subsidyEach()), Views.money(fees.subsidy()),
                Views.money(plan.feeBasis().giftEach()), Views.money(fees.gift()), Views.money(fees.claimDeduction()),
                Views.money(fees.payable()), Views.money(fees.payable().minus(remaining)), Views.money(remaining));
    }
}
