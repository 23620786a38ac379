package cn.huzhu.domain.statement;

import cn.huzhu.domain.enrollment.PaymentReference;

/** Valid and broken 缴款识别码 for tests, made from a five-character body. */
final class Codes {
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRTUWXY";

    private Codes() {
    }

    static String valid(String body) {
        for (char c : ALPHABET.toCharArray()) {
            if (PaymentReference.valid(body + c)) {
                return body + c;
            }
        }
        throw new IllegalArgumentException(body);
    }

    /** The valid code with its check character changed. */
    static String broken(String body) {
        String valid = valid(body);
        char wrong = valid.charAt(5) == 'X' ? 'Y' : 'X';
        return body + wrong;
    }
}
