package cn.huzhu.domain.invoice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.money.Money;

/**
 * Invoice balancing: 剩余开票金额 of a plan = its 应交会费 − what invoices already claim of it. Every line names a plan
 * of the business once per invoice, covers at least one and at most the plan's persons, and comes to more than 0; no
 * line takes more than its plan's remainder, so all invoices of a plan together never exceed its 应交会费. The invoices
 * can be submitted once every remainder is 0. These rules hold whatever calls them: the enrollment checks every
 * invoice it takes here.
 */
public final class InvoiceBook {
    /** The refusals in the order their code is given when several apply: the most basic first. */
    private enum Refusal {
        PLAN_NOT_IN_ENROLLMENT, INVOICE_LINE_INVALID, INVOICE_EXCEEDS_PERSONS, INVOICE_EXCEEDS_REMAINDER
    }

    private InvoiceBook() {
    }

    /** What is left to invoice of a plan, leaving one invoice out (the one being edited), or none (null). */
    public static Money remaining(EnrollmentPlan plan, List<InvoiceRef> invoices, String leavingOut) {
        return plan.fees().payable().minus(invoiced(plan.code(), invoices, leavingOut));
    }

    /** What the invoices claim of a plan, leaving one out (or none: null). */
    public static Money invoiced(String planCode, List<InvoiceRef> invoices, String leavingOut) {
        return invoices.stream().filter(invoice -> !invoice.id().equals(leavingOut))
                .map(invoice -> invoice.amountFor(planCode)).reduce(Money.ZERO, Money::plus);
    }

    /** Refuses an invoice that breaks a rule above, saying every problem at once. */
    public static void check(Invoice invoice, List<EnrollmentPlan> plans, List<InvoiceRef> invoices) {
        List<Problem> problems = new ArrayList<>();
        Refusal worst = null;
        if (invoice.lines().isEmpty()) {
            problems.add(new Problem("lines", "请选择项目：至少开一项保障活动"));
            worst = Refusal.INVOICE_LINE_INVALID;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            String field = "lines[" + i + "]";
            EnrollmentPlan plan = plans.stream().filter(p -> p.code().equals(line.planCode())).findFirst().orElse(null);
            Refusal refusal = lineRefusal(line, plan, seen, invoice, invoices, field, problems);
            worst = refusal != null && (worst == null || refusal.ordinal() < worst.ordinal()) ? refusal : worst;
        }
        if (worst != null) {
            throw DomainException.invalid(worst.name(), problems.get(0).message(), problems);
        }
    }

    private static Refusal lineRefusal(InvoiceLine line, EnrollmentPlan plan, Set<String> seen, Invoice invoice,
            List<InvoiceRef> invoices, String field, List<Problem> problems) {
        if (plan == null) {
            problems.add(new Problem(field + ".planCode", "参保单中没有该保障活动"));
            return Refusal.PLAN_NOT_IN_ENROLLMENT;
        }
        String name = "「" + plan.plan().name() + "」";
        if (!seen.add(line.planCode())) {
            problems.add(new Problem(field + ".planCode", name + "在同一张票据中只能开一行"));
            return Refusal.INVOICE_LINE_INVALID;
        }
        if (line.persons() < 1 || line.unitPrice().fen() <= 0) {
            problems.add(new Problem(field + (line.persons() < 1 ? ".persons" : ".unitPrice"),
                    name + "本行人数应至少为1、金额应大于0"));
            return Refusal.INVOICE_LINE_INVALID;
        }
        Refusal refusal = null;
        if (line.persons() > plan.persons()) {
            problems.add(new Problem(field + ".persons", name + "开票人数" + line.persons() + "超过参保人数" + plan.persons()));
            refusal = Refusal.INVOICE_EXCEEDS_PERSONS;
        }
        Money left = remaining(plan, invoices, invoice.id());
        if (line.amount().compareTo(left) > 0) {
            problems.add(new Problem(field + ".unitPrice", name + "本行金额" + line.amount().format() + "元超过剩余开票金额"
                    + left.format() + "元"));
            refusal = refusal == null ? Refusal.INVOICE_EXCEEDS_REMAINDER : refusal;
        }
        return refusal;
    }

    /** Why the invoices cannot be submitted yet: a plan with something left to invoice, or no invoice at all. */
    public static List<Problem> unsettled(List<EnrollmentPlan> plans, List<InvoiceRef> invoices) {
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
    public static Money bySource(List<InvoiceRef> invoices, FeeSource source) {
        return invoices.stream().filter(invoice -> invoice.source() == source).map(InvoiceRef::total)
                .reduce(Money.ZERO, Money::plus);
    }
}
