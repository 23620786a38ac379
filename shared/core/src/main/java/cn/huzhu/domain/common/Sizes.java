package cn.huzhu.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as people read them: 20MB, 512KB. */
public final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes >= MB) {
            return trim(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.DOWN)) + "MB";
        }
        if (bytes >= KB) {
            return trim(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(KB), 1, RoundingMode.DOWN)) + "KB";
        }
        return bytes + "字节";
    }

    private static String trim(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
