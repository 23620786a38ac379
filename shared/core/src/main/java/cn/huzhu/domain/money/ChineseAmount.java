package cn.huzhu.domain.money;

/** 大写金额 as printed on receipts: 1050.50 → 壹仟零伍拾元伍角, 80 → 捌拾元整. */
public final class ChineseAmount {
    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUP_UNITS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    public static String of(Money amount) {
        if (amount.isNegative()) {
            return "负" + of(new Money(-amount.fen()));
        }
        long yuan = amount.fen() / 100;
        int jiao = (int) (amount.fen() / 10 % 10);
        int fen = (int) (amount.fen() % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(integerPart(yuan)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return out.length() == 0 ? "零元整" : out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (fen > 0) {
            out.append(DIGITS[fen]).append('分');
        }
        return out.toString();
    }

    /**
     * Reads the number in groups of four digits (个, 万, 亿). A 零 stands where zeros separate non-zero digits: inside a
     * group, after an all-zero group, or before a group below 1000 that follows a higher one.
     */
    private static String integerPart(long value) {
        StringBuilder out = new StringBuilder();
        boolean zeroGroupBefore = false;
        int groupCount = (Long.toString(value).length() + 3) / 4;
        for (int group = groupCount - 1; group >= 0; group--) {
            int groupValue = (int) (value / pow10(group * 4) % 10000);
            if (groupValue == 0) {
                zeroGroupBefore = out.length() > 0;
                continue;
            }
            boolean pendingZero = out.length() > 0 && (zeroGroupBefore || groupValue < 1000);
            zeroGroupBefore = false;
            boolean digitSeen = false;
            for (int position = 3; position >= 0; position--) {
                int digit = groupValue / (int) pow10(position) % 10;
                if (digit == 0) {
                    pendingZero |= digitSeen;
                    continue;
                }
                if (pendingZero) {
                    out.append('零');
                    pendingZero = false;
                }
                out.append(DIGITS[digit]).append(SMALL_UNITS[position]);
                digitSeen = true;
            }
            out.append(GROUP_UNITS[group]);
        }
        return out.toString();
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
