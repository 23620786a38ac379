package cn.huzhu.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The part of a term a cover pays for: {@code months} of the plan's {@code termMonths} (增员 during a term). A
 * per-person amount is prorated as amount × months ÷ term, rounded half-up to the 分 once per person, so that 人数 ×
 * 人均单价 = 总金额 stays exact.
 */
public record Proration(int months, int termMonths) {

    public Proration {
        if (termMonths < 1 || months < 1 || months > termMonths) {
            throw new IllegalArgumentException("months must lie within 1.." + termMonths + ": " + months);
        }
    }

    public static Proration whole(int termMonths) {
        return new Proration(termMonths, termMonths);
    }

    public boolean isWhole() {
        return months == termMonths;
    }

    /** What one person pays of a whole-term amount. */
    public Money of(Money perPerson) {
        if (isWhole()) {
            return perPerson;
        }
        BigDecimal fen = BigDecimal.valueOf(perPerson.fen()).multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(termMonths), 0, RoundingMode.HALF_UP);
        return Money.ofFen(fen.longValueExact());
    }
}
