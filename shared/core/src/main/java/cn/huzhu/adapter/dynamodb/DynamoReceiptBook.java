package cn.huzhu.adapter.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptContent;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/**
 * Receipts: PK RECEIPT#code, SK the 10-digit number, one item per number taken; PK RECINV#invoice points from an
 * invoice to its number; RECEIPT#code / LAST remembers the highest number taken (a hint, never the truth).
 *
 * <p>Numbering without transactions: a number is taken by a conditional put of its item naming the invoice, so two
 * invoices never share one, and the lowest free number above the hint is the one taken, so none is skipped. Before each
 * try the invoice's pointer records the number tried; a run that died after taking it finds it again there and keeps
 * it, so an invoice never takes two.
 */
public final class DynamoReceiptBook implements ReceiptBook {
    private static final String LAST = "LAST";

    private final DynamoTable table;

    public DynamoReceiptBook(DynamoTable table) {
        this.table = table;
    }

    record NumberItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String code, String number,
            String invoiceId, String enrollmentId, ReceiptContent content, String pdfKey, String delivery,
            String sentTo, String deliveryError, String messageId, Integer attempts, String deliveredAt, String issuedAt) {

        static NumberItem claim(String code, String number, String invoiceId, String enrollmentId) {
            return new NumberItem(partition(code), number, code, number, invoiceId, enrollmentId, null, null, null, null,
                    null, null, null, null, null);
        }

        static NumberItem of(Receipt r) {
            Receipt.Delivery d = r.delivery();
            return new NumberItem(partition(r.code()), r.number(), r.code(), r.number(), r.invoiceId(), r.enrollmentId(),
                    r.content(), r.pdfKey(), d.status().name(), d.to(), d.error(), d.messageId(), d.attempts(),
                    Times.text(d.updatedAt()), Times.text(r.issuedAt()));
        }

        boolean issued() {
            return content != null;
        }

        Receipt toReceipt() {
            return new Receipt(code, number, enrollmentId, invoiceId, content, pdfKey, new Receipt.Delivery(
                    Receipt.Status.valueOf(delivery), sentTo, deliveryError, messageId, attempts == null ? 0 : attempts,
                    Times.instant(deliveredAt)), Instant.parse(issuedAt));
        }
    }

    /** @param trying the number this invoice is trying to take; number the one it took */
    record PointerItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String code, Long trying,
            String number) {
    }

    record LastItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, Long last) {
    }

    static String partition(String code) {
        return "RECEIPT#" + code;
    }

    static String pointer(String invoiceId) {
        return "RECINV#" + invoiceId;
    }

    static String format(long number) {
        return String.format("%010d", number);
    }

    @Override
    public String numberFor(String code, String invoiceId, String enrollmentId) {
        Optional<PointerItem> stored = table.get(pointer(invoiceId), "RECINV", PointerItem.class)
                .filter(p -> p.code().equals(code));
        if (stored.isPresent() && stored.get().number() != null) {
            return stored.get().number();
        }
        long candidate = stored.map(PointerItem::trying)
                .orElseGet(() -> table.get(partition(code), LAST, LastItem.class).map(LastItem::last).orElse(0L) + 1);
        while (true) {
            table.put(new PointerItem(pointer(invoiceId), "RECINV", code, candidate, null));
            String number = format(candidate);
            if (table.insert(NumberItem.claim(code, number, invoiceId, enrollmentId)) || ownedBy(code, number, invoiceId)) {
                table.put(new PointerItem(pointer(invoiceId), "RECINV", code, null, number));
                table.raise(partition(code), LAST, "last", candidate);
                return number;
            }
            candidate++;
        }
    }

    private boolean ownedBy(String code, String number, String invoiceId) {
        return table.get(partition(code), number, NumberItem.class).map(item -> invoiceId.equals(item.invoiceId()))
                .orElse(false);
    }

    @Override
    public void save(Receipt receipt) {
        table.put(NumberItem.of(receipt));
    }

    @Override
    public Optional<Receipt> find(String code, String number) {
        return table.get(partition(code), number, NumberItem.class).filter(NumberItem::issued).map(NumberItem::toReceipt);
    }

    @Override
    public List<Receipt> forInvoices(Collection<String> invoiceIds) {
        List<Key> pointerKeys = invoiceIds.stream().distinct().map(id -> DynamoTable.key(pointer(id), "RECINV")).toList();
        List<Key> numberKeys = table.getAll(pointerKeys, PointerItem.class).stream().filter(p -> p.number() != null)
                .map(p -> DynamoTable.key(partition(p.code()), p.number())).toList();
        Map<String, Receipt> byInvoice = new HashMap<>();
        for (NumberItem item : table.getAll(numberKeys, NumberItem.class)) {
            if (item.issued()) {
                byInvoice.put(item.invoiceId(), item.toReceipt());
            }
        }
        List<Receipt> ordered = new ArrayList<>();
        invoiceIds.stream().distinct().map(byInvoice::get).filter(r -> r != null).forEach(ordered::add);
        return ordered;
    }
}
