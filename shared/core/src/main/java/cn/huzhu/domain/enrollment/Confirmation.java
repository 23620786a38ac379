package cn.huzhu.domain.enrollment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 确认书: issued when the payment is confirmed.
 *
 * @param number 确认书号: G + org code + yyyyMM + sequence; null for the moment between confirmation and numbering
 * @param confirmedOn 确认日期
 * @param effectiveOn 生效日期: 00:00 of the day after confirmation (members still covered start later, each on the day
 *     after their earlier coverage ends)
 * @param printCount how often it was printed (the 未打印 / 已打印 tabs)
 * @param checkKeyId the receipt key its 查验码 is made with, chosen with its number
 */
public record Confirmation(String number, LocalDate confirmedOn, LocalDate effectiveOn, int printCount,
        Instant lastPrintedAt, String checkKeyId) {

    public static Confirmation issued(String number, LocalDate confirmedOn) {
        return new Confirmation(number, confirmedOn, confirmedOn.plusDays(1), 0, null, null);
    }

    /** The last day of cover (24:00) of a plan with this term. */
    public LocalDate endsOn(int termMonths) {
        return CoveragePeriod.lastDay(effectiveOn, termMonths);
    }

    public Confirmation numbered(String confirmationNo, String keyId) {
        return new Confirmation(confirmationNo, confirmedOn, effectiveOn, printCount, lastPrintedAt, keyId);
    }

    public Confirmation printed(Instant at) {
        return new Confirmation(number, confirmedOn, effectiveOn, printCount + 1, at, checkKeyId);
    }
}
