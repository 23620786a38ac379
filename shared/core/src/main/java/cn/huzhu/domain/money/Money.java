package cn.huzhu.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;

/** An amount of 人民币 held exactly, in 分. */
public record Money(long fen) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /** The longest text {@link #parse} looks at: anything longer is refused before it is read. */
    static final int TEXT_MAX = 32;
    /** Plain decimal yuan ("95", "95.5", "4." while typing): at most 17 digits before the point (a long of 分 holds 17), no exponent, no sign but '-'. */
    private static final Pattern PLAIN = Pattern.compile("-?(\\d{1,17}(\\.\\d{0,12})?|\\.\\d{1,12})");

    /**
     * Parses "95", "95.5" or "95.50"; more than two decimals is an error, never a rounding. Only plain decimal text is
     * read: an exponent ("1e3000000") or an over-long number is refused by its length and shape before any arithmetic,
     * so no input makes this slow.
     */
    public static Money parse(String yuan) {
        String text = yuan == null ? "" : yuan.strip();
        if (text.length() > TEXT_MAX || !PLAIN.matcher(text).matches()) {
            throw new IllegalArgumentException("金额应为最多两位小数的数字");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("金额最多两位小数：" + text);
        }
        try {
            return new Money(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("金额过大：" + text);
        }
    }

    /** An amount typed into a form field, or a refusal in Chinese under that field. */
    public static Money typed(String text, String code, String field, String label) {
        try {
            return parse(text == null ? "" : text);
        } catch (RuntimeException e) {
            String message = label + "应为最多两位小数的金额";
            throw DomainException.invalid(code, message, List.of(new Problem(field, message)));
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    public Money abs() {
        return fen < 0 ? new Money(Math.negateExact(fen)) : this;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** "2375.00" */
    public String format() {
        return toYuan().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return format();
    }
}
