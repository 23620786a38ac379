package cn.huzhu.adapter.excel;

import java.util.Arrays;

/**
 * The shared strings of a workbook packed into one string and an offset table, so a 300,000-name table costs a few
 * megabytes. A string is cut out once, on its first use, and that one object serves every cell pointing at it: a
 * million cells referring to one long string cost a million references, not a million copies.
 */
final class SharedStrings {
    private final String text;
    private final int[] ends;
    private final int count;
    private final String[] cut;

    private SharedStrings(String text, int[] ends, int count) {
        this.text = text;
        this.ends = ends;
        this.count = count;
        this.cut = new String[count];
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("shared string " + index + " of " + count);
        }
        String value = cut[index];
        if (value == null) {
            value = text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
            cut[index] = value;
        }
        return value;
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
