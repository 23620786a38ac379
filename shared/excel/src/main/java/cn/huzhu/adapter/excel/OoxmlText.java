package cn.huzhu.adapter.excel;

/**
 * Open XML escapes characters XML cannot carry as {@code _xHHHH_} (ECMA-376 ST_Xstring), e.g. a carriage return as
 * {@code _x000D_}; Excel shows the character. Decoded as Apache POI decodes it, so both read the same text.
 */
final class OoxmlText {
    private OoxmlText() {
    }

    /** Whether the text holds "_x", the start of an escape: most texts do not, and need no decoding. */
    static boolean hasEscape(CharSequence text) {
        for (int i = 0, last = text.length() - 1; i < last; i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x') {
                return true;
            }
        }
        return false;
    }

    static String decode(CharSequence text) {
        String value = text.toString();
        int start = value.indexOf("_x");
        if (start < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int copied = 0;
        for (int i = start; i >= 0 && i + 7 <= value.length(); i = value.indexOf("_x", i + 1)) {
            if (i < copied || value.charAt(i + 6) != '_' || !hex(value, i + 2, i + 6)) {
                continue;
            }
            out.append(value, copied, i).append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
            copied = i + 7;
        }
        return copied == 0 ? value : out.append(value, copied, value.length()).toString();
    }

    private static boolean hex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
