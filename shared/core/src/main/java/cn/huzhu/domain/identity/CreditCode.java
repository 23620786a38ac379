package cn.huzhu.domain.identity;

import java.util.Locale;

/**
 * 统一社会信用代码 per GB 32100: 18 characters from a 31-character set (no I, O, S, V, Z), the 3rd to 8th the
 * administrative division code (digits), the last one a check character: weights 3^(i-1) mod 31, check = 31 − (Σ mod
 * 31), 31 written as 0.
 */
public final class CreditCode {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static String normalize(String raw) {
        return TextNormalizer.halfWidthWithoutSpaces(raw).toUpperCase(Locale.ROOT);
    }

    /** Null when valid, otherwise why not, in Chinese. */
    public static String problem(String code) {
        if (code.length() != 18) {
            return "统一社会信用代码应为18位，实际为" + code.length() + "位";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(code.charAt(i));
            if (value < 0) {
                return "统一社会信用代码第" + (i + 1) + "位字符“" + code.charAt(i) + "”无效";
            }
            sum += value * WEIGHTS[i];
        }
        if (!code.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "统一社会信用代码第3到8位应为登记管理机关的行政区划代码（数字）";
        }
        int check = (31 - sum % 31) % 31;
        if (CHARSET.indexOf(code.charAt(17)) != check) {
            return "统一社会信用代码校验位错误";
        }
        return null;
    }
}
