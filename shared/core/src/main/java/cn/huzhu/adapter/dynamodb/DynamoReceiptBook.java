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
import cn.huzhu.app.port.Superseded;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptContent;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Receipts: PK RECEIPT#code, SK the 10-digit number, one item per number taken (first the claim naming its owner,
 * then the receipt); PK RECINV#owner, SK PTR is the owner's pointer to its number; RECEIPT#code / LAST the highest
 * number taken (a hint). Numbers are taken by {@link GaplessNumbers}.
 */
public final class DynamoReceiptBook implements ReceiptBook {
    private final DynamoTable table;
    private final GaplessNumbers numbers;

    public DynamoReceiptBook(DynamoTable table) {
        this.table = table;
        this.numbers = new GaplessNumbers(table);
    }

    /** @param owner the invoice the number was taken for; epoch the run that issued it */
    record NumberItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String series, String code,
            String number, String owner, String enrollmentId, ReceiptContent content, String pdfKey, String delivery,
            String sentTo, String deliveryError, String messageId, Integer attempts, String deliveredAt, String issuedAt,
            Long epoch) {

        static NumberItem of(Receipt r, long epoch) {
            Receipt.Delivery d = r.delivery();
            return new NumberItem(partition(r.code()), r.number(), r.code(), r.code(), r.number(), r.invoiceId(),
                    r.enrollmentId(), r.content(), r.pdfKey(), d.status().name(), d.to(), d.error(), d.messageId(),
                    d.attempts(), Times.text(d.updatedAt()), Times.text(r.issuedAt()), epoch);
        }

        boolean issued() {
            return content != null;
        }

        Receipt toReceipt() {
            return new Receipt(code, number, enrollmentId, owner, content, pdfKey, new Receipt.Delivery(
                    Receipt.Status.valueOf(delivery), sentTo, deliveryError, messageId, attempts == null ? 0 : attempts,
                    Times.instant(deliveredAt)), Instant.parse(issuedAt));
        }
    }

    static String partition(String code) {
        return "RECEIPT#" + code;
    }

    static String pointer(String owner) {
        return "RECINV#" + owner;
    }

    static String format(long number) {
        return String.format("%010d", number);
    }

    private static GaplessNumbers.Series series(String code) {
        return new GaplessNumbers.Series(partition(code), code, DynamoReceiptBook::format);
    }

    @Override
    public String numberFor(String code, String invoiceId, long epoch) {
        return numbers.take(series(code), pointer(invoiceId), invoiceId, epoch);
    }

    @Override
    public void save(Receipt receipt, long epoch) {
        boolean written = table.putIf(NumberItem.of(receipt, epoch), "#owner = :owner AND (attribute_not_exists(#epoch) "
                + "OR #epoch <= :epoch)", Map.of("#owner", "owner", "#epoch", "epoch"), Map.of(
                        ":owner", AttributeValue.fromS(receipt.invoiceId()), ":epoch", AttributeValue.fromN(Long.toString(epoch))));
        if (!written) {
            throw new Superseded("issuing receipt " + receipt.code() + "-" + receipt.number());
        }
    }

    @Override
    public void recordDelivery(Receipt receipt) {
        Receipt.Delivery d = receipt.delivery();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":status", AttributeValue.fromS(d.status().name()));
        values.put(":attempts", AttributeValue.fromN(Integer.toString(d.attempts())));
        values.put(":at", AttributeValue.fromS(Times.text(d.updatedAt())));
        values.put(":error", d.error() == null ? AttributeValue.fromNul(true) : AttributeValue.fromS(d.error()));
        values.put(":message", d.messageId() == null ? AttributeValue.fromNul(true) : AttributeValue.fromS(d.messageId()));
        table.update(partition(receipt.code()), receipt.number(), "SET #status = :status, #attempts = :attempts, "
                + "#at = :at, #error = :error, #message = :message", "attribute_exists(#content)", Map.of("#status",
                        "delivery", "#attempts", "attempts", "#at", "deliveredAt", "#error", "deliveryError", "#message",
                        "messageId", "#content", "content"), values);
    }

    @Override
    public Optional<Receipt> find(String code, String number) {
        return table.get(partition(code), number, NumberItem.class).filter(NumberItem::issued).map(NumberItem::toReceipt);
    }

    @Override
    public List<Receipt> findAll(Collection<Number> numbers) {
        List<Key> keys = numbers.stream().distinct().map(n -> DynamoTable.key(partition(n.code()), n.number())).toList();
        return table.getAll(keys, NumberItem.class).stream().filter(NumberItem::issued).map(NumberItem::toReceipt).toList();
    }

    @Override
    public List<Receipt> forInvoices(Collection<String> invoiceIds) {
        List<Key> pointerKeys = invoiceIds.stream().distinct().map(id -> DynamoTable.key(pointer(id), "PTR")).toList();
        List<Key> numberKeys = table.getAll(pointerKeys, GaplessNumbers.PointerItem.class).stream()
                .filter(p -> p.number() != null).map(p -> DynamoTable.key(partition(p.series()), p.number())).toList();
        Map<String, Receipt> byInvoice = new HashMap<>();
        for (NumberItem item : table.getAll(numberKeys, NumberItem.class)) {
            if (item.issued()) {
                byInvoice.put(item.owner(), item.toReceipt());
            }
        }
        List<Receipt> ordered = new ArrayList<>();
        invoiceIds.stream().distinct().map(byInvoice::get).filter(r -> r != null).forEach(ordered::add);
        return ordered;
    }
}
