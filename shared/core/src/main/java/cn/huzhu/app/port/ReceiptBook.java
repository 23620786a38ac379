package cn.huzhu.app.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.invoice.Receipt;

/**
 * The issued receipts and their numbering. 票据号码 run without gaps per 票据代码: a number is taken only for an invoice,
 * and an invoice takes one number however often its issuing is retried.
 */
public interface ReceiptBook {
    /**
     * The 票据号码 of this invoice's receipt under this code: the one it already holds, else the lowest free one, taken
     * for it for good. Callers issue one invoice's receipt at a time (one run per enrollment).
     */
    String numberFor(String code, String invoiceId, String enrollmentId);

    /** Stores the receipt (its content, PDF and delivery) under its numbers. */
    void save(Receipt receipt);

    Optional<Receipt> find(String code, String number);

    /** The receipts issued for these invoices, in the order given; invoices without one are left out. */
    List<Receipt> forInvoices(Collection<String> invoiceIds);
}
