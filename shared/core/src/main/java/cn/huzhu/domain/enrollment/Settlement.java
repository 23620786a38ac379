package cn.huzhu.domain.enrollment;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.invoice.InvoiceRef;

/**
 * The money side of an enrollment after approval: its invoices and when they were submitted, the payment notice, the
 * payment, the confirmation, what runs after.
 */
public record Settlement(List<InvoiceRef> invoices, Instant invoicesSubmittedAt, Payment payment, Confirmation confirmation,
        Fulfilment fulfilment, Notice notice) {
    public static final Settlement NONE = new Settlement(List.of(), null, null, null, null, null);

    public Settlement {
        invoices = List.copyOf(invoices);
    }
}
