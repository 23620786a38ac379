package cn.huzhu.domain.identity;

/** 统一社会信用代码 per GB 32100: 18 characters from a 31-character set, the last one a check character. */
public final class CreditCode {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static String normalize(String raw) {
        return TextNormalizer.halfWidthWithoutSpaces(raw).toUpperCase(java.util.Locale.ROOT);
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
        int check = (31 - sum % 31) % 31;
        if (CHARSET.indexOf(code.charAt(17)) != check) {
            return "统一社会信用代码校验位错误";
        }
        return null;
    }
}
