package cn.huzhu.app.port;

import java.util.List;
import java.util.Map;

import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceRef;

/**
 * The contents of invoices (payer, lines), one stored item per saved revision under the key the enrollment's {@link
 * cn.huzhu.domain.invoice.InvoiceRef} names. A content is written before the enrollment takes it, and never changed.
 */
public interface InvoiceStore {
    void save(String enrollmentId, Invoice invoice, String contentKey);

    /** The content an enrollment's reference names. */
    Invoice find(String enrollmentId, InvoiceRef ref);

    /** The invoices the enrollment holds, in its order. */
    List<Invoice> of(Enrollment enrollment);

    /** The invoices of several enrollments (a page of a list), by enrollment id. */
    Map<String, List<Invoice>> ofAll(List<Enrollment> enrollments);
}
