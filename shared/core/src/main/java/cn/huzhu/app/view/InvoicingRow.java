package cn.huzhu.app.view;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.invoice.FeeSource;
import cn.huzhu.domain.invoice.InvoiceBook;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.money.PlanFees;

/**
 * A line of the 线上开票录入 list: one approved business with 总会费, 补贴, 赠险, 补贴赠险合计, what 工会经费 and 行政经费
 * invoices take, 单位应付金额 and 剩余开票金额.
 */
public record InvoicingRow(String id, String applicationNo, String businessType, String businessTypeLabel, String state,
        String stateLabel, List<String> activities, String totalFee, String subsidy, String gift, String subsidyAndGift,
        String unionFunds, String administrativeFunds, String payable, String remaining, int invoiceCount,
        Instant invoicesSubmittedAt) {

    public static InvoicingRow of(Enrollment e) {
        PlanFees fees = e.fees();
        Money remaining = e.plans().stream().map(plan -> InvoiceBook.remaining(plan, e.invoices(), null))
                .reduce(Money.ZERO, Money::plus);
        return new InvoicingRow(e.id(), e.applicationNo(), e.businessType().name(), e.businessType().label(),
                e.state().name(), e.state().label(),
                e.plans().stream().map(EnrollmentPlan::chosen).map(c -> c.activityName() + "：" + c.plan().name()).toList(),
                Views.money(fees.totalFee()), Views.money(fees.subsidy()), Views.money(fees.gift()),
                Views.money(fees.subsidyAndGift()), Views.money(InvoiceBook.bySource(e.invoices(), FeeSource.UNION_FUNDS)),
                Views.money(InvoiceBook.bySource(e.invoices(), FeeSource.ADMINISTRATIVE_FUNDS)),
                Views.money(fees.payable()), Views.money(remaining), e.invoices().size(),
                e.settlement().invoicesSubmittedAt());
    }
}
