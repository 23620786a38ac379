package cn.huzhu.domain.money;

import cn.huzhu.domain.common.DomainException;

/**
 * 大写金额 as receipts print them, per 会计基础工作规范 第五十二条 (which also satisfies 支付结算办法): digits 零壹贰叁肆伍陆柒捌玖,
 * units 拾佰仟万亿 and 元角分; 整 after 元 or 角 when nothing follows, none after 分; a run of zeros is one 零; 10–19 元 lead
 * with 壹拾. Above 亿, 万 scales the 亿 section and 亿 is written once (1,200,000,000,000 → 壹万贰仟亿元整). Amounts of
 * 1亿亿元 and more, and negative ones, are refused rather than garbled.
 */
public final class ChineseAmount {
    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    /** The largest amount in 分 written here: 9999万9999亿9999万9999元9角9分. */
    public static final long MAX_FEN = 9_999_999_999_999_999_99L;

    private ChineseAmount() {
    }

    public static String of(Money amount) {
        long fen = amount.fen();
        if (fen < 0 || fen > MAX_FEN) {
            throw DomainException.invalid("AMOUNT_OUT_OF_RANGE", "金额" + amount.format() + "元超出大写金额可书写的范围（0至9999万9999亿9999万9999.99元）");
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(integerPart(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return yuan == 0 ? "零元整" : out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (cents > 0) {
            out.append(DIGITS[cents]).append('分');
        } else {
            out.append('整');
        }
        return out.toString();
    }

    /**
     * Digit by digit from the highest: a zero only marks that a 零 is due before the next non-zero digit; 万 closes the
     * digits 5–8 and 13–16 (counting from the right) and 亿 closes 9–16 when any of them is not zero. Zeros just before a
     * 万 or 亿 that is written go unspoken (壹拾万伍仟, as the rule allows); zeros of a section that is all zero, or
     * inside one, are one 零 (壹亿零壹, 壹万零壹拾).
     */
    private static String integerPart(long yuan) {
        String digits = Long.toString(yuan);
        StringBuilder out = new StringBuilder();
        boolean zeroDue = false;
        for (int i = 0; i < digits.length(); i++) {
            int position = digits.length() - 1 - i;
            int digit = digits.charAt(i) - '0';
            if (digit == 0) {
                zeroDue = out.length() > 0;
            } else {
                if (zeroDue) {
                    out.append('零');
                    zeroDue = false;
                }
                out.append(DIGITS[digit]).append(PLACES[position % 4]);
            }
            if (position == 12 && any(digits, 12, 15) || position == 4 && any(digits, 4, 7)) {
                out.append('万');
                zeroDue = false;
            } else if (position == 8 && any(digits, 8, 15)) {
                out.append('亿');
                zeroDue = false;
            }
        }
        return out.toString();
    }

    /** Whether any digit at these positions (counted from the right, inclusive) is not zero. */
    private static boolean any(String digits, int lowest, int highest) {
        for (int position = lowest; position <= highest && position < digits.length(); position++) {
            if (digits.charAt(digits.length() - 1 - position) != '0') {
                return true;
            }
        }
        return false;
    }
}
