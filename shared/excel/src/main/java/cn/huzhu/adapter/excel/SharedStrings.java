package cn.huzhu.adapter.excel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared strings of a workbook packed into one string and an offset table, so a 300,000-name table costs a few
 * megabytes. Short strings (names, numbers) are cut out per cell, cheaply; a long one is cut out once, on its first
 * use, and that one object serves every cell pointing at it: a million cells referring to one long string cost a
 * million references, not a million copies.
 */
final class SharedStrings {
    /** Longer than any name (30) or document number (30) a roster holds. */
    private static final int CUT_ONCE_FROM = 40;

    private final String text;
    private final int[] ends;
    private final int count;
    private final Map<Integer, String> longOnes = new HashMap<>();

    private SharedStrings(String text, int[] ends, int count) {
        this.text = text;
        this.ends = ends;
        this.count = count;
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("shared string " + index + " of " + count);
        }
        int start = index == 0 ? 0 : ends[index - 1];
        if (ends[index] - start < CUT_ONCE_FROM) {
            return text.substring(start, ends[index]);
        }
        return longOnes.computeIfAbsent(index, i -> text.substring(start, ends[i]));
    }

    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] ends = new int[1024];
        private int count;

        void add(CharSequence value) {
            text.append(value);
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = text.length();
        }

        SharedStrings build() {
            return new SharedStrings(text.toString(), ends, count);
        }
    }
}
