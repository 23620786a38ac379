package cn.huzhu.domain.roster;

/**
 * The people met so far in one file, with the row (and its 序号) each was first met on. Open addressing over 64-bit key
 * hashes keeps 300,000 people in a few megabytes: a 序号 that is a plain number is kept as a number; only other ones
 * (rare) as text, by the row they are on.
 */
final class SeenPeople {
    private static final int NO_NUMBER = -1;

    /** 64 bits of each key's hash, 0 marking a free slot; beside each, the row and the 序号 packed in one long. */
    private long[] keys = new long[1 << 12];
    private long[] places = new long[1 << 12];
    private final java.util.Map<Integer, String> textSequences = new java.util.HashMap<>();
    private int size;

    /** Where a person was first met. */
    record First(int row, String sequence) {
    }

    /** Records the person on this row; returns where the person was first met when already met, else null. */
    First firstOrRecord(String personKey, int row, String sequence) {
        long key = hashOf(personKey);
        int slot = find(key);
        if (keys[slot] == key) {
            int firstRow = (int) (places[slot] >>> 32);
            int number = (int) places[slot];
            return new First(firstRow, number == NO_NUMBER ? textSequences.getOrDefault(firstRow, "")
                    : Integer.toString(number));
        }
        int number = number(sequence);
        keys[slot] = key;
        places[slot] = (long) row << 32 | (number & 0xFFFFFFFFL);
        if (number == NO_NUMBER && !sequence.isEmpty()) {
            textSequences.put(row, sequence);
        }
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    /**
     * The first 64 bits of the hex digits after the ring key's id ("1.3f…"): a keyed hash, as good as any bits. Never 0,
     * which marks a free slot.
     */
    private static long hashOf(String personKey) {
        int from = personKey.indexOf('.') + 1;
        long hash = 0;
        for (int i = from; i < from + 16; i++) {
            hash = hash << 4 | Character.digit(personKey.charAt(i), 16);
        }
        return hash == 0 ? 1 : hash;
    }

    /** A 序号 as the number it reads as when it is a plain non-negative one ("12"), else NO_NUMBER. */
    private static int number(String sequence) {
        int length = sequence.length();
        if (length == 0 || length > 9 || length > 1 && sequence.charAt(0) == '0') {
            return NO_NUMBER;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = sequence.charAt(i);
            if (c < '0' || c > '9') {
                return NO_NUMBER;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The key's slot, or the free slot where it belongs. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        places = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                places[slot] = oldPlaces[i];
            }
        }
    }
}
