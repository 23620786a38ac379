package cn.huzhu.domain.invoice;

import java.time.Instant;

/**
 * An issued electronic receipt: its numbers, what it says, where its PDF lies and how its mail went. Issued once per
 * submitted invoice when the payment is confirmed; never renumbered, never changed but for its delivery.
 *
 * @param pdfKey the PDF in the generated-files bucket; null until rendered
 */
public record Receipt(String code, String number, String enrollmentId, String invoiceId, ReceiptContent content,
        String pdfKey, Delivery delivery, Instant issuedAt) {

    /** How the mail with the PDF to the 交款人邮箱 went. */
    public record Delivery(Status status, String to, String error, String messageId, int attempts, Instant updatedAt) {
        public static Delivery pending(String to, Instant now) {
            return new Delivery(Status.PENDING, to, null, null, 0, now);
        }

        public Delivery sent(String providerId, Instant now) {
            return new Delivery(Status.SENT, to, null, providerId, attempts + 1, now);
        }

        public Delivery failed(String why, Instant now) {
            return new Delivery(Status.FAILED, to, why, null, attempts + 1, now);
        }
    }

    public enum Status {
        PENDING("待发送"), SENT("已发送"), FAILED("发送失败");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Receipt withPdf(String key) {
        return new Receipt(code, number, enrollmentId, invoiceId, content, key, delivery, issuedAt);
    }

    public Receipt withDelivery(Delivery outcome) {
        return new Receipt(code, number, enrollmentId, invoiceId, content, pdfKey, outcome, issuedAt);
    }

    /** The file name a payer sees: 电子票据_37050126_0000000001.pdf */
    public String fileName() {
        return "电子票据_" + code + "_" + number + ".pdf";
    }
}
