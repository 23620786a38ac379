package cn.huzhu.domain.enrollment;

import java.util.Locale;

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

    private PaymentReference() {
    }

    /** The reference of the n-th notice of an office (n from 1; 29^5 = 20 511 149 of them). */
    public static String of(long sequence) {
        long value = sequence - 1;
        if (value < 0 || value >= Math.pow(BASE, BODY)) {
            throw new IllegalArgumentException("notice number out of range: " + sequence);
        }
        char[] body = new char[BODY];
        for (int i = BODY - 1; i >= 0; i--) {
            body[i] = ALPHABET.charAt((int) (value % BASE));
            value /= BASE;
        }
        String text = new String(body);
        return text + check(text);
    }

    /** Whether a reference as typed (any case, spaces around) has a right check character. */
    public static boolean valid(String typed) {
        String text = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
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
