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
     * for it for good. {@code epoch} is the lease of the run asking: a run taken over by a newer one is refused
     * ({@link Superseded}).
     */
    String numberFor(String code, String invoiceId, long epoch);

    /** Stores the issued receipt (its content, PDF and delivery) under its number; refused to a superseded run. */
    void save(Receipt receipt, long epoch);

    /** Records how the receipt's mail went; nothing else of it changes. */
    void recordDelivery(Receipt receipt);

    Optional<Receipt> find(String code, String number);

    /** A receipt's 票据代码 and 票据号码. */
    record Number(String code, String number) {
    }

    /** Several receipts by their numbers, read in batches; numbers not issued are left out. */
    List<Receipt> findAll(Collection<Number> numbers);

    /** The receipts issued for these invoices, in the order given; invoices without one are left out. */
    List<Receipt> forInvoices(Collection<String> invoiceIds);
}
