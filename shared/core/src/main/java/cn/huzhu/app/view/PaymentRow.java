package cn.huzhu.app.view;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.invoice.Invoice;

/** A line of finance's 确认收款 queue: who owes what since when, and under which invoices. */
public record PaymentRow(String id, String applicationNo, String unitId, String unitName, String businessTypeLabel,
        String state, String stateLabel, String payable, Instant invoicesSubmittedAt, List<String> payers) {

    /** {@code invoices}: the business's invoices, whose payers the row names. */
    public static PaymentRow of(Enrollment e, List<Invoice> invoices) {
        return new PaymentRow(e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.businessType().label(),
                e.state().name(), e.state().label(), Views.money(e.fees().payable()), e.settlement().invoicesSubmittedAt(),
                invoices.stream().map(Invoice::title).distinct().toList());
    }
}
