package cn.huzhu.domain.identity;

/** Turns what people type into what rules compare: full-width forms to ASCII, all white space removed. */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic and other spaces dropped. */
    public static String halfWidthWithoutSpaces(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Trims white space of any width at both ends, keeps the inside. */
    public static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
