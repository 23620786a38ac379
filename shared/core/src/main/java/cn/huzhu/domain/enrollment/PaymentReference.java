package cn.huzhu.domain.enrollment;

import java.util.Locale;

import cn.huzhu.domain.common.KeyedHash;
import cn.huzhu.domain.identity.TextNormalizer;

/**
 * 缴款识别码: five characters naming one payment notice and a sixth that checks them, written by the unit in the
 * transfer's remark so a bank statement line can be matched to its enrollment. Of each pair handwriting and bank
 * systems confuse (0/O, 1/I, 5/S, U/V, 2/Z) one side is left out; the check character catches any one wrong character
 * and any two neighbours swapped.
 */
public final class PaymentReference {
    /** 29 symbols: a prime, so the weighted check tells every single change and swap apart. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int BASE = ALPHABET.length();
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};
    private static final int BODY = WEIGHTS.length;
    /** How many references there are: 29^5 = 20 511 149. */
    static final long COUNT = 20_511_149L;
    /** The permutation works on 26 bits (two halves of 13) and walks the cycle until it lands below {@link #COUNT}. */
    private static final int HALF_BITS = 13;
    private static final int HALF_MASK = (1 << HALF_BITS) - 1;
    private static final int ROUNDS = 6;

    private PaymentReference() {
    }

    /**
     * The reference of the n-th notice of an office (n from 1): the sequence goes through a keyed permutation of the
     * 29^5 bodies first, so references look random (the first is not 222222, neighbours share nothing) and cannot be
     * guessed without the key, yet two sequence numbers never give the same reference under one key.
     */
    public static String of(long sequence, KeyedHash key) {
        if (sequence < 1 || sequence > COUNT) {
            throw new IllegalArgumentException("notice number out of range: " + sequence);
        }
        long value = sequence - 1;
        do {
            value = feistel(value, key);
        } while (value >= COUNT);
        return format(value);
    }

    /** A balanced Feistel network over 26 bits, its round function a keyed hash: a permutation of 0 … 2^26 − 1. */
    private static long feistel(long value, KeyedHash key) {
        int left = (int) (value >>> HALF_BITS) & HALF_MASK;
        int right = (int) value & HALF_MASK;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] mixed = key.of("payment-reference", round + ":" + right);
            int next = left ^ (((mixed[0] & 0xFF) << 8 | (mixed[1] & 0xFF)) & HALF_MASK);
            left = right;
            right = next;
        }
        return (long) left << HALF_BITS | right;
    }

    private static String format(long value) {
        long rest = value;
        char[] body = new char[BODY];
        for (int i = BODY - 1; i >= 0; i--) {
            body[i] = ALPHABET.charAt((int) (rest % BASE));
            rest /= BASE;
        }
        String text = new String(body);
        return text + check(text);
    }

    /** How many characters a reference has, its check character included. */
    public static final int LENGTH = 6;

    /** Whether a character (upper case, half-width) is one a reference can hold. */
    public static boolean isSymbol(char c) {
        return ALPHABET.indexOf(c) >= 0;
    }

    /** A reference as typed: spaces anywhere and full-width characters dropped or made plain, upper case. */
    public static String normalize(String typed) {
        return TextNormalizer.halfWidthWithoutSpaces(typed).toUpperCase(Locale.ROOT);
    }

    /** Whether a reference as typed (any case, spaces, full-width) has a right check character. */
    public static boolean valid(String typed) {
        String text = normalize(typed);
        if (text.length() != BODY + 1 || text.substring(0, BODY).chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return false;
        }
        return check(text.substring(0, BODY)) == text.charAt(BODY);
    }

    /**
     * The character that makes 6·b1 + 5·b2 + 4·b3 + 3·b4 + 2·b5 + 1·c ≡ 0 (mod 29): six distinct weights modulo a
     * prime, so a change of one character or a swap of two neighbours (the check character included) breaks it.
     */
    private static char check(String body) {
        int sum = 0;
        for (int i = 0; i < BODY; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((BASE - sum % BASE) % BASE);
    }
}
