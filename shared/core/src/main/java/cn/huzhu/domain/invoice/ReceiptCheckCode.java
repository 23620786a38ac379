package cn.huzhu.domain.invoice;

import cn.huzhu.domain.common.KeyedHash;

/**
 * 校验码: six lower-case letters or digits, a keyed hash of what the receipt says (code, number, payer, date, total),
 * so nobody without the office's key can make up a receipt that 查验 accepts, and a changed receipt no longer matches.
 */
public final class ReceiptCheckCode {
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    public static final int LENGTH = 6;

    private final KeyedHash hash;

    public ReceiptCheckCode(String secret) {
        this.hash = new KeyedHash(secret, "the receipt key");
    }

    public String of(ReceiptContent receipt) {
        String content = String.join("|", receipt.code(), receipt.number(), receipt.payer(), receipt.payerTaxId(),
                receipt.issuedOn().toString(), receipt.total().format());
        byte[] bytes = hash.of("receipt", content);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt((bytes[i] & 0xFF) % ALPHABET.length()));
        }
        return code.toString();
    }

    /** Names a caller (an IP address) in rate-limit counters without storing the address. */
    public String callerKey(String address) {
        return java.util.HexFormat.of().formatHex(hash.of("caller", address), 0, 12);
    }
}
