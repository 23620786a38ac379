package cn.huzhu.domain.invoice;

import cn.huzhu.domain.money.Money;

/**
 * One line of an invoice: a plan, how many persons it covers and what each pays, e.g. 8 persons × 10.00 = 80.00 of
 * 女工特病 paid from 工会经费. The amount is always persons × unit price, never typed.
 */
public record InvoiceLine(String planCode, int persons, Money unitPrice, String note) {
    public Money amount() {
        return unitPrice.times(persons);
    }
}
