package cn.huzhu.domain.roster;

/**
 * The people met so far in one file, with the row (and its 序号) each was first met on. Open addressing over 64-bit key
 * hashes keeps 300,000 people in a few megabytes.
 */
final class SeenPeople {
    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private String[] sequences = new String[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;

    /** Where a person was first met. */
    record First(int row, String sequence) {
    }

    /** Records the person on this row; returns where the person was first met when already met, else null. */
    First firstOrRecord(String personKey, int row, String sequence) {
        long key = Long.parseUnsignedLong(personKey.substring(0, 16), 16);
        int slot = find(key);
        if (used[slot]) {
            return new First(rows[slot], sequences[slot]);
        }
        used[slot] = true;
        keys[slot] = key;
        rows[slot] = row;
        sequences[slot] = sequence;
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
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
        String[] oldSequences = sequences;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        sequences = new String[oldKeys.length * 2];
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
