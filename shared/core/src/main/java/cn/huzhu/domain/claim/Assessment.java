package cn.huzhu.domain.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.huzhu.domain.money.Money;

/**
 * What a claim pays, computed from the plan's figures and what earlier claims of the same coverage term took: the
 * amount (exact to the 分), the breakdown the handler reads, the 拒付 reason when it pays nothing, and how much of the
 * term's 起付线 it uses.
 */
public record Assessment(Money amount, List<Line> breakdown, RefusalReason refusal, Money deductibleUsed) {

    /** One line of the breakdown: what was computed, and its figure. */
    public record Line(String label, String value) {
    }

    public static Assessment paying(Money amount, List<Line> breakdown, Money deductibleUsed) {
        return new Assessment(amount, breakdown, null, deductibleUsed);
    }

    public static Assessment refused(RefusalReason reason, List<Line> breakdown, Money deductibleUsed) {
        return new Assessment(Money.ZERO, breakdown, reason, deductibleUsed);
    }

    public boolean pays() {
        return refusal == null;
    }

    /** {@code fen} × {@code percent} %, rounded half-up to the 分: the one rounding of a claim. */
    static Money percentOf(long fen, BigDecimal percent) {
        return Money.ofFen(BigDecimal.valueOf(fen).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static Money atLeastZero(Money m) {
        return m.isNegative() ? Money.ZERO : m;
    }
}
