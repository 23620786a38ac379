package cn.huzhu.domain.roster;

/**
 * The people met so far in one file, with the row each was first met on. Open addressing over 64-bit key hashes keeps
 * 300,000 people in a few megabytes.
 */
final class SeenPeople {
    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;

    /** Records the person on this row; returns the earlier row when the person was already met, else 0. */
    int firstRowOrRecord(String personKey, int row) {
        long key = Long.parseUnsignedLong(personKey.substring(0, 16), 16);
        int slot = find(key);
        if (used[slot]) {
            return rows[slot];
        }
        used[slot] = true;
        keys[slot] = key;
        rows[slot] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
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
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = find(oldKeys[i]);
                used[slot] = true;
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
