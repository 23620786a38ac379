package cn.huzhu.domain.roster;

/**
 * The people met so far in one file, with the row (and its 序号) each was first met on. Open addressing over 64-bit key
 * hashes keeps 300,000 people in a few megabytes: a 序号 that is a plain number is kept as a number; only other ones
 * (rare) as text, by the row they are on.
 */
final class SeenPeople {
    private static final int NO_NUMBER = -1;

    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int[] sequences = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private final java.util.Map<Integer, String> textSequences = new java.util.HashMap<>();
    private int size;

    /** Where a person was first met. */
    record First(int row, String sequence) {
    }

    /** Records the person on this row; returns where the person was first met when already met, else null. */
    First firstOrRecord(String personKey, int row, String sequence) {
        // the hex digits after the ring key's id ("1.3f…") are a keyed hash: their first 64 bits are as good as any
        int hex = personKey.indexOf('.') + 1;
        long key = Long.parseUnsignedLong(personKey.substring(hex, hex + 16), 16);
        int slot = find(key);
        if (used[slot]) {
            int number = sequences[slot];
            return new First(rows[slot], number == NO_NUMBER ? textSequences.getOrDefault(rows[slot], "")
                    : Integer.toString(number));
        }
        used[slot] = true;
        keys[slot] = key;
        rows[slot] = row;
        sequences[slot] = number(sequence);
        if (sequences[slot] == NO_NUMBER && !sequence.isEmpty()) {
            textSequences.put(row, sequence);
        }
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    /** A 序号 as the number it reads as when it is a plain non-negative one ("12"), else NO_NUMBER. */
    private static int number(String sequence) {
        if (sequence.isEmpty() || sequence.length() > 9 || !sequence.chars().allMatch(c -> c >= '0' && c <= '9')
                || sequence.length() > 1 && sequence.charAt(0) == '0') {
            return NO_NUMBER;
        }
        return Integer.parseInt(sequence);
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        int[] oldSequences = sequences;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        sequences = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = find(oldKeys[i]);
                used[slot] = true;
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
                sequences[slot] = oldSequences[i];
            }
        }
    }
}
