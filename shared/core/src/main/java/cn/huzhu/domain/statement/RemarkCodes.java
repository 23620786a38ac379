package cn.huzhu.domain.statement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.huzhu.domain.enrollment.PaymentReference;

/**
 * The 缴款识别码 a payer wrote into a transfer's remark, however the bank or the payer wrote it: any case, full-width,
 * spaces inside, glued to a name (characters a code cannot hold end it) or to other digits. A run of code characters of
 * exactly a code's length is a token: a valid one is a code, one that fails its check is {@code broken} (识别码无效). In a
 * longer run only windows with a letter whose check holds count, so phone numbers, dates and 申请书号 are never codes.
 */
public final class RemarkCodes {
    private RemarkCodes() {
    }

    /**
     * The codes found, in the order written; those of them that stood alone (a token of their own, not a window of a
     * longer run); and the tokens of a code's length whose check fails.
     */
    public record Found(List<String> codes, List<String> standalone, List<String> broken) {
        public boolean isEmpty() {
            return codes.isEmpty() && broken.isEmpty();
        }
    }

    public static Found in(String remark) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> standalone = new LinkedHashSet<>();
        Set<String> broken = new LinkedHashSet<>();
        for (String run : runs(remark == null ? "" : remark)) {
            if (run.length() == PaymentReference.LENGTH) {
                if (PaymentReference.valid(run)) {
                    codes.add(run);
                    standalone.add(run);
                } else {
                    broken.add(run);
                }
            } else if (run.length() > PaymentReference.LENGTH) {
                for (int at = 0; at + PaymentReference.LENGTH <= run.length(); at++) {
                    String window = run.substring(at, at + PaymentReference.LENGTH);
                    if (hasLetter(window) && PaymentReference.valid(window)) {
                        codes.add(window);
                    }
                }
            }
        }
        return new Found(List.copyOf(codes), List.copyOf(standalone), List.copyOf(broken));
    }

    /** Maximal runs of code characters, spaces between two of them skipped, after full-width and case are made plain. */
    static List<String> runs(String remark) {
        List<String> runs = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < remark.length(); i++) {
            char c = plain(remark.charAt(i));
            if (PaymentReference.isSymbol(c)) {
                run.append(c);
            } else if (!(isSpace(c) && run.length() > 0 && nextIsSymbol(remark, i))) {
                flush(run, runs);
            }
        }
        flush(run, runs);
        return runs;
    }

    private static boolean nextIsSymbol(String text, int from) {
        for (int i = from + 1; i < text.length(); i++) {
            char c = plain(text.charAt(i));
            if (!isSpace(c)) {
                return PaymentReference.isSymbol(c);
            }
        }
        return false;
    }

    private static void flush(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    private static char plain(char c) {
        char half = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        return Character.toUpperCase(half);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00A0';
    }

    private static boolean hasLetter(String window) {
        return window.chars().anyMatch(Character::isLetter);
    }
}
