package cn.huzhu.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.enrollment.PaymentReference;
import cn.huzhu.domain.invoice.ReceiptContent;

/**
 * 校验码 and 查验码: six lower-case letters or digits, a keyed hash of what a printed document says, so nobody without
 * the office's key can make up a receipt or a 确认书 that 查验 accepts, and a changed one no longer matches. A document
 * records the id of the key that made its code: after a rotation new documents get the new key while older ones still
 * check under theirs, and a key taken out of the ring (because it leaked) checks nothing any more.
 */
public final class CheckCodes {
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    public static final int LENGTH = 6;

    private final KeyRing keys;

    public CheckCodes(KeyRing keys) {
        this.keys = keys;
    }

    /** The id of the key new documents are made with. */
    public String currentKeyId() {
        return keys.current().id();
    }

    /** The receipt with its 校验码 made by the current key: of code, number, payer, payer's tax id, date and total. */
    public ReceiptContent checked(ReceiptContent receipt) {
        KeyedHash key = keys.current();
        return receipt.withCheckCode(code(key, "receipt", receiptFacts(receipt)), key.id());
    }

    /** Whether a stored receipt's content still gives its 校验码 under the key that made it, and that code is this one. */
    public boolean receiptHolds(ReceiptContent receipt, String typed) {
        return keys.byId(receipt.checkKeyId() == null ? "" : receipt.checkKeyId())
                .map(key -> code(key, "receipt", receiptFacts(receipt)))
                .filter(code -> same(code, receipt.checkCode()) && same(code, typed)).isPresent();
    }

    private static String receiptFacts(ReceiptContent receipt) {
        return String.join("|", receipt.code(), receipt.number(), receipt.payer(), receipt.payerTaxId(),
                receipt.issuedOn().toString(), receipt.total().format());
    }

    /** The 查验码 of a 确认书 under the key its confirmation names: its number, the unit, the persons and its dates. */
    public String confirmation(ConfirmationContent.Facts f) {
        KeyedHash key = keys.byId(f.checkKeyId() == null ? "" : f.checkKeyId())
                .orElseThrow(() -> new IllegalStateException("the key of 确认书 " + f.number() + " has left the ring"));
        return code(key, "confirmation", confirmationFacts(f));
    }

    public boolean confirmationHolds(ConfirmationContent.Facts f, String typed) {
        Optional<KeyedHash> key = keys.byId(f.checkKeyId() == null ? "" : f.checkKeyId());
        return key.filter(k -> same(code(k, "confirmation", confirmationFacts(f)), typed)).isPresent();
    }

    private static String confirmationFacts(ConfirmationContent.Facts f) {
        return String.join("|", f.number(), f.unitName(), Integer.toString(f.persons()), f.confirmedOn().toString(),
                f.effectiveOn().toString());
    }

    /** The 缴款识别码 of the n-th payment notice: a keyed permutation of the sequence, see {@link PaymentReference}. */
    public String paymentReference(long sequence) {
        return PaymentReference.of(sequence, keys.current());
    }

    /** Names a caller (an IP address) in rate-limit counters without storing the address. */
    public String callerKey(String address) {
        return HexFormat.of().formatHex(keys.current().of("caller", address), 0, 12);
    }

    private static String code(KeyedHash key, String purpose, String content) {
        byte[] bytes = key.of(purpose, content);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt((bytes[i] & 0xFF) % ALPHABET.length()));
        }
        return code.toString();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
