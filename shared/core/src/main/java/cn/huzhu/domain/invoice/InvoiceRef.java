package cn.huzhu.domain.invoice;

import java.util.List;

import cn.huzhu.domain.money.Money;

/**
 * What an enrollment keeps of each of its invoices: its numbers, who pays and what each plan's lines come to. That is
 * all the balancing rules need, and it stays small however many invoices a business has; the payer's fields and the
 * lines themselves live in the invoice's own content, stored under {@code contentKey}, one per revision.
 *
 * @param contentKey names the stored content of this revision: a new one with every save, so a save that loses a race
 *     can never be mistaken for the one that won
 */
public record InvoiceRef(String id, String batchNo, int revision, String contentKey, FeeSource source,
        List<PlanAmount> amounts) {

    /** What the lines of one plan come to. */
    public record PlanAmount(String planCode, Money amount) {
    }

    public InvoiceRef {
        amounts = List.copyOf(amounts);
    }

    public static InvoiceRef of(Invoice invoice, String contentKey) {
        return new InvoiceRef(invoice.id(), invoice.batchNo(), invoice.revision(), contentKey, invoice.source(),
                invoice.lines().stream().map(line -> new PlanAmount(line.planCode(), line.amount())).toList());
    }

    public Money amountFor(String planCode) {
        return amounts.stream().filter(a -> a.planCode().equals(planCode)).map(PlanAmount::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    public Money total() {
        return amounts.stream().map(PlanAmount::amount).reduce(Money.ZERO, Money::plus);
    }
}
