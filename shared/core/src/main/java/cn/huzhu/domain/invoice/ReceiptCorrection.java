package cn.huzhu.domain.invoice;

import java.time.Instant;

import cn.huzhu.domain.common.DomainException;

/**
 * 红冲 and 换开 of one receipt. The receipt itself never changes: this record says what became of it. A unit may ask
 * for a 换开 ({@link Status#REQUESTED}); finance grants it or refuses it with a reason. 红冲 issues a red receipt and
 * leaves the receipt 已冲红 (its amount awaits a receipt again: a later 换开 issues only the replacement); 换开 issues the
 * red receipt if there is none yet, then the replacement with the corrected payer: 已换开.
 */
public record ReceiptCorrection(String enrollmentId, String orgCode, String code, String number, Status status,
        String reason, ReceiptPayer corrected, String redCode, String redNumber, String replacementCode,
        String replacementNumber, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
        String refusal, long version) {

    public enum Status {
        REQUESTED("换开待审核"), REFUSED("换开已拒绝"), REVERSED("已冲红"), REPLACED("已换开");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A unit's request for a 换开 of a receipt in force; again after a refusal, never while one is open or done. */
    public static ReceiptCorrection request(ReceiptCorrection current, String enrollmentId, String orgCode, String code,
            String number, ReceiptPayer corrected, String reason, String by, Instant at) {
        if (current != null && current.status != Status.REFUSED) {
            throw DomainException.conflict("RECEIPT_CORRECTION_OPEN", "该票据" + current.status.label() + "，不能再申请换开");
        }
        return new ReceiptCorrection(enrollmentId, orgCode, code, number, Status.REQUESTED, requireReason(reason),
                corrected, null, null, null, null, by, at, null, null, null, current == null ? 0 : current.version);
    }

    /** A correction about to start on a receipt that has none yet. */
    public static ReceiptCorrection none(String enrollmentId, String orgCode, String code, String number) {
        return new ReceiptCorrection(enrollmentId, orgCode, code, number, null, null, null, null, null, null, null, null,
                null, null, null, null, -1);
    }

    /** Whether the receipt still stands: neither reversed nor replaced. */
    public boolean inForce() {
        return status == null || status == Status.REQUESTED || status == Status.REFUSED;
    }

    /** 红冲 with the red receipt's numbers. */
    public ReceiptCorrection reversed(String code, String number, String why, String by, Instant at) {
        if (!inForce()) {
            throw DomainException.conflict("RECEIPT_ALREADY_REVERSED", "该票据" + status.label() + "，不能再冲红");
        }
        return new ReceiptCorrection(enrollmentId, orgCode, this.code, this.number, Status.REVERSED, requireReason(why),
                corrected, code, number, null, null, requestedBy, requestedAt, by, at, null, version);
    }

    /** 换开 completed with the replacement's numbers (after its red receipt). */
    public ReceiptCorrection replaced(ReceiptPayer payer, String code, String number, String by, Instant at) {
        if (status != Status.REVERSED) {
            throw new IllegalStateException("a receipt is replaced once reversed");
        }
        return new ReceiptCorrection(enrollmentId, orgCode, this.code, this.number, Status.REPLACED, reason, payer,
                redCode, redNumber, code, number, requestedBy, requestedAt, by, at, null, version);
    }

    public ReceiptCorrection refused(String why, String by, Instant at) {
        if (status != Status.REQUESTED) {
            throw DomainException.conflict("RECEIPT_NO_REQUEST", "该票据没有待审核的换开申请");
        }
        return new ReceiptCorrection(enrollmentId, orgCode, code, number, Status.REFUSED, reason, corrected, null, null,
                null, null, requestedBy, requestedAt, by, at, requireReason(why), version);
    }

    private static String requireReason(String why) {
        String text = why == null ? "" : why.trim();
        if (text.isEmpty() || text.length() > 100) {
            throw DomainException.invalid("RECEIPT_REASON_REQUIRED", "请填写原因（不超过100字）");
        }
        return text;
    }

    /** The correction as stored under this version. */
    public ReceiptCorrection stored(long storedVersion) {
        return new ReceiptCorrection(enrollmentId, orgCode, code, number, status, reason, corrected, redCode, redNumber,
                replacementCode, replacementNumber, requestedBy, requestedAt, decidedBy, decidedAt, refusal, storedVersion);
    }
}
