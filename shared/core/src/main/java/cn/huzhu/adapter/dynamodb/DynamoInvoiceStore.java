package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.InvoiceStore;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.invoice.FeeSource;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceLine;
import cn.huzhu.domain.invoice.InvoiceRef;
import cn.huzhu.domain.invoice.PaymentChannel;
import cn.huzhu.domain.invoice.TaxIdType;
import cn.huzhu.domain.money.Money;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/** Invoice contents: PK ENR#enrollment, SK INV#invoice#contentKey, one immutable item per saved revision. */
public final class DynamoInvoiceStore implements InvoiceStore {
    private final DynamoTable table;

    public DynamoInvoiceStore(DynamoTable table) {
        this.table = table;
    }

    record LineData(String planCode, int persons, long unitPriceFen, String note) {
        static LineData of(InvoiceLine line) {
            return new LineData(line.planCode(), line.persons(), line.unitPrice().fen(), line.note());
        }

        InvoiceLine toLine() {
            return new InvoiceLine(planCode, persons, Money.ofFen(unitPriceFen), note == null ? "" : note);
        }
    }

    record InvoiceItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String id, String batchNo,
            String source, String title, String taxIdType, String taxId, String channel, String payerEmail,
            String otherInfo, List<LineData> lines, String createdAt, String createdBy, int revision) {
        static InvoiceItem of(String enrollmentId, Invoice i, String contentKey) {
            return new InvoiceItem(partition(enrollmentId), sortKey(i.id(), contentKey), i.id(), i.batchNo(),
                    i.source().name(), i.title(), i.taxIdType() == null ? null : i.taxIdType().name(), i.taxId(),
                    i.channel().name(), i.payerEmail(), i.otherInfo(), i.lines().stream().map(LineData::of).toList(),
                    Times.text(i.createdAt()), i.createdBy(), i.revision());
        }

        Invoice toInvoice() {
            return new Invoice(id, batchNo, FeeSource.valueOf(source), title,
                    taxIdType == null ? null : TaxIdType.valueOf(taxIdType), taxId == null ? "" : taxId,
                    PaymentChannel.valueOf(channel), payerEmail, otherInfo == null ? "" : otherInfo,
                    lines.stream().map(LineData::toLine).toList(), Times.instant(createdAt), createdBy, revision);
        }
    }

    static String partition(String enrollmentId) {
        return "ENR#" + enrollmentId;
    }

    static String sortKey(String invoiceId, String contentKey) {
        return "INV#" + invoiceId + "#" + contentKey;
    }

    @Override
    public void save(String enrollmentId, Invoice invoice, String contentKey) {
        if (!table.insert(InvoiceItem.of(enrollmentId, invoice, contentKey))) {
            throw new IllegalStateException("invoice content " + contentKey + " exists already");
        }
    }

    @Override
    public Invoice find(String enrollmentId, InvoiceRef ref) {
        return table.get(partition(enrollmentId), sortKey(ref.id(), ref.contentKey()), InvoiceItem.class)
                .map(InvoiceItem::toInvoice)
                .orElseThrow(() -> new IllegalStateException("content of invoice " + ref.id() + " is missing"));
    }

    @Override
    public List<Invoice> of(Enrollment enrollment) {
        return ofAll(List.of(enrollment)).get(enrollment.id());
    }

    @Override
    public Map<String, List<Invoice>> ofAll(List<Enrollment> enrollments) {
        List<Key> keys = new ArrayList<>();
        for (Enrollment e : enrollments) {
            for (InvoiceRef ref : e.invoices()) {
                keys.add(DynamoTable.key(partition(e.id()), sortKey(ref.id(), ref.contentKey())));
            }
        }
        Map<String, Invoice> found = new HashMap<>();
        for (InvoiceItem item : table.getAll(keys, InvoiceItem.class)) {
            found.put(item.pk() + "|" + item.sk(), item.toInvoice());
        }
        Map<String, List<Invoice>> byEnrollment = new LinkedHashMap<>();
        for (Enrollment e : enrollments) {
            List<Invoice> invoices = new ArrayList<>();
            for (InvoiceRef ref : e.invoices()) {
                Invoice invoice = found.get(partition(e.id()) + "|" + sortKey(ref.id(), ref.contentKey()));
                if (invoice == null) {
                    throw new IllegalStateException("content of invoice " + ref.id() + " is missing");
                }
                invoices.add(invoice);
            }
            byEnrollment.put(e.id(), invoices);
        }
        return byEnrollment;
    }
}
