package cn.huzhu.domain.invoice;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.money.Money;

/**
 * 开票信息: what one electronic receipt will say, entered by the unit after approval. Edited and deleted freely until the
 * unit submits its invoices; then locked, and on payment each becomes one receipt.
 *
 * @param batchNo 批次号: LZ + sequence, given when the invoice is first saved
 * @param title 抬头: the payer the receipt names (交款人)
 * @param taxId the payer's 统一社会信用代码 (or another tax number); empty when the receipt names none
 * @param payerEmail where the electronic receipt is mailed
 * @param otherInfo 其他信息 printed on the receipt, at most 40 characters
 * @param revision 1 when saved first, one more with every change: an edit made on an older revision is refused, so
 *     two pages editing the same invoice cannot overwrite each other unseen
 */
public record Invoice(String id, String batchNo, FeeSource source, String title, TaxIdType taxIdType, String taxId,
        PaymentChannel channel, String payerEmail, String otherInfo, List<InvoiceLine> lines, Instant createdAt,
        String createdBy, int revision) {

    public Invoice {
        lines = List.copyOf(lines);
    }

    /** The invoice under the 批次号 it is saved with. */
    public Invoice numbered(String batch) {
        return new Invoice(id, batch, source, title, taxIdType, taxId, channel, payerEmail, otherInfo, lines, createdAt,
                createdBy, revision);
    }

    /** These fields and lines in place of this invoice's, as its next revision; 批次号 and creation stay. */
    public Invoice revisedAs(Invoice edited) {
        return new Invoice(id, batchNo, edited.source, edited.title, edited.taxIdType, edited.taxId, edited.channel,
                edited.payerEmail, edited.otherInfo, edited.lines, createdAt, createdBy, revision + 1);
    }

    public Money total() {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money amountFor(String planCode) {
        return lines.stream().filter(line -> line.planCode().equals(planCode)).map(InvoiceLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
