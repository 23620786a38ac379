package cn.huzhu.domain.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import cn.huzhu.domain.money.Money;

/**
 * One credit line of the office account's statement: a transfer received. Its {@link #key()} makes it one 到账记录
 * however often and in however many overlapping statements it arrives: the account and the bank's 流水号, or where a
 * bank gives none, the line's date, amount, payer and remark with its place among identical lines of its file.
 *
 * @param row the line's row in its file (or its entry in a camt.053 statement), for messages
 * @param ordinal how many identical lines without 流水号 came before it in the same file
 */
public record BankLine(String account, String serialNo, LocalDate bookedOn, Money amount, String payerName,
        String payerAccount, String remark, int row, int ordinal) {
    public BankLine {
        serialNo = serialNo == null ? "" : serialNo.strip();
        payerName = payerName == null ? "" : payerName.strip();
        payerAccount = payerAccount == null ? "" : payerAccount.strip();
        remark = remark == null ? "" : remark.strip();
    }

    /** What makes two lines the same transfer, apart from the ordinal of identical lines. */
    public String identity() {
        return serialNo.isEmpty() ? String.join("\u0001", account, bookedOn.toString(), Long.toString(amount.fen()),
                payerName, payerAccount, remark) : account + "\u0001" + serialNo;
    }

    /** The 到账记录's key: a hash, so that no account number appears in a key. */
    public String key() {
        String identity = serialNo.isEmpty() ? identity() + "\u0001" + ordinal : identity();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference 确认收款 records: the bank's 流水号, or the key's start where the bank gives none. */
    public String bankReference() {
        return serialNo.isEmpty() ? "到账记录" + key().substring(0, 12) : serialNo;
    }
}
