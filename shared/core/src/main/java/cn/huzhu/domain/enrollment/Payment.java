package cn.huzhu.domain.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import cn.huzhu.domain.money.Money;

/**
 * 确认收款: the payment finance found on the office's account for an enrollment.
 *
 * @param receivedOn 到账日期
 * @param bankReference the bank statement line's reference (流水号)
 */
public record Payment(Money amount, LocalDate receivedOn, String bankReference, String confirmedBy, Instant confirmedAt) {
}
