package cn.huzhu.domain.common;

import java.util.HexFormat;

import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.enrollment.PaymentReference;
import cn.huzhu.domain.invoice.ReceiptContent;

/**
 * 校验码 and 查验码: six lower-case letters or digits, a keyed hash of what a printed document says, so nobody without
 * the office's key can make up a receipt or a 确认书 that 查验 accepts, and a changed one no longer matches.
 */
public final class CheckCodes {
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    public static final int LENGTH = 6;

    private final KeyedHash hash;

    public CheckCodes(String secret) {
        this.hash = new KeyedHash(secret, "the receipt key");
    }

    /** Of a receipt: code, number, payer, payer's tax id, date and total. */
    public String receipt(ReceiptContent receipt) {
        return code("receipt", String.join("|", receipt.code(), receipt.number(), receipt.payer(), receipt.payerTaxId(),
                receipt.issuedOn().toString(), receipt.total().format()));
    }

    /** Of a 确认书: its number, the unit, how many persons it covers and its dates. */
    public String confirmation(ConfirmationContent.Facts f) {
        return code("confirmation", String.join("|", f.number(), f.unitName(), Integer.toString(f.persons()),
                f.confirmedOn().toString(), f.effectiveOn().toString()));
    }

    /** The 缴款识别码 of the n-th payment notice: a keyed permutation of the sequence, see {@link PaymentReference}. */
    public String paymentReference(long sequence) {
        return PaymentReference.of(sequence, hash);
    }

    /** Names a caller (an IP address) in rate-limit counters without storing the address. */
    public String callerKey(String address) {
        return HexFormat.of().formatHex(hash.of("caller", address), 0, 12);
    }

    private String code(String purpose, String content) {
        byte[] bytes = hash.of(purpose, content);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt((bytes[i] & 0xFF) % ALPHABET.length()));
        }
        return code.toString();
    }
}
