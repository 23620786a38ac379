package cn.huzhu.domain.enrollment;

import java.time.LocalDate;

import cn.huzhu.domain.common.DomainException;

/**
 * What a 增员's plan row keeps of its 原参保单: the 原参保单's 生效日期 (the windows are measured from it) and its
 * 共同止期 (the last day of the plan's term there, where every added member's cover ends), and the months of that term
 * the added members pay for, counted from the day their cover would start.
 */
public record AdditionTerm(LocalDate originStart, LocalDate commonEnd, int months) {

    public AdditionTerm {
        if (originStart == null || commonEnd == null || commonEnd.isBefore(originStart) || months < 1) {
            throw new IllegalArgumentException("an addition lies inside its 原参保单's term: " + originStart + ".." + commonEnd);
        }
    }

    /** The term as charged for a cover starting on {@code start}, in a plan of {@code termMonths}. */
    public static AdditionTerm of(LocalDate originStart, LocalDate commonEnd, LocalDate start, int termMonths) {
        return new AdditionTerm(originStart, commonEnd, CoveragePeriod.monthsToReach(start, commonEnd, termMonths));
    }

    /** The same term counted again for a cover starting on {@code start}; refused when none of it is left then. */
    public AdditionTerm from(LocalDate start, int termMonths) {
        if (start.isAfter(commonEnd)) {
            throw DomainException.conflict("ORIGIN_TERM_ENDED", "原参保单的保障期已于" + commonEnd + "结束，不能再增员");
        }
        return of(originStart, commonEnd, start, termMonths);
    }

    /** The added members' cover when the payment is confirmed on {@code confirmedOn}: from the next day to 共同止期. */
    public CoveragePeriod periodConfirmedOn(LocalDate confirmedOn) {
        return new CoveragePeriod(confirmedOn.plusDays(1), commonEnd);
    }
}
