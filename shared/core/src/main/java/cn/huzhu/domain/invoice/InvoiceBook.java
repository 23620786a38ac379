package cn.huzhu.domain.invoice;

import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.money.Money;

/**
 * Invoice balancing: 剩余开票金额 of a plan = its 应交会费 − what invoices already claim of it. A line never takes more
 * than its plan's remainder, nor more persons than the plan has; the invoices can be submitted once every remainder is 0.
 */
public final class InvoiceBook {
    private InvoiceBook() {
    }

    /** What is left to invoice of a plan, leaving one invoice out (the one being edited), or none (null). */
    public static Money remaining(EnrollmentPlan plan, List<Invoice> invoices, String leavingOut) {
        Money invoiced = invoices.stream().filter(invoice -> !invoice.id().equals(leavingOut))
                .map(invoice -> invoice.amountFor(plan.code())).reduce(Money.ZERO, Money::plus);
        return plan.fees().payable().minus(invoiced);
    }

    /** Refuses an invoice whose lines name plans not in the enrollment, or take more than a plan has left. */
    public static void check(Invoice invoice, List<EnrollmentPlan> plans, List<Invoice> invoices) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            String field = "lines[" + i + "]";
            EnrollmentPlan plan = plans.stream().filter(p -> p.code().equals(line.planCode())).findFirst().orElse(null);
            if (plan == null) {
                problems.add(new Problem(field + ".planCode", "参保单中没有该保障活动"));
                continue;
            }
            String name = "「" + plan.plan().name() + "」";
            if (line.persons() > plan.persons()) {
                problems.add(new Problem(field + ".persons", name + "开票人数" + line.persons() + "超过参保人数" + plan.persons()));
            }
            Money left = remaining(plan, invoices, invoice.id());
            if (line.amount().compareTo(left) > 0) {
                problems.add(new Problem(field + ".unitPrice", name + "本行金额" + line.amount().format() + "元超过剩余开票金额"
                        + left.format() + "元"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("INVOICE_EXCEEDS_REMAINDER", problems.get(0).message(), problems);
        }
    }

    /** Why the invoices cannot be submitted yet: a plan with something left to invoice, or no invoice at all. */
    public static List<Problem> unsettled(List<EnrollmentPlan> plans, List<Invoice> invoices) {
        List<Problem> problems = new ArrayList<>();
        if (invoices.isEmpty()) {
            problems.add(new Problem("invoices", "请先新增开票信息"));
        }
        for (EnrollmentPlan plan : plans) {
            Money left = remaining(plan, invoices, null);
            if (!left.isZero()) {
                problems.add(new Problem(plan.code(), "「" + plan.plan().name() + "」剩余开票金额为" + left.format() + "元，应为0"));
            }
        }
        return problems;
    }

    /** The sum of invoices paid from one source (the 工会经费 and 行政经费 columns of the list). */
    public static Money bySource(List<Invoice> invoices, FeeSource source) {
        return invoices.stream().filter(invoice -> invoice.source() == source).map(Invoice::total)
                .reduce(Money.ZERO, Money::plus);
    }
}
