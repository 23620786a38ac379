package cn.huzhu.domain.enrollment;

import java.time.Duration;
import java.time.Instant;

/**
 * What a confirmed payment sets going after the confirmation itself: receipts issued and mailed, every member's
 * coverage recorded. It runs in the background; finance sees how far it came and can run it again.
 */
public record Fulfilment(Status status, String message, Instant updatedAt) {
    public enum Status {
        PENDING("处理中"), DONE("已完成"), FAILED("处理失败");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A run that shows no progress this long has died (its function timed out): finance may start another. */
    public static final Duration STALLED_AFTER = Duration.ofMinutes(20);

    public static Fulfilment pending(Instant now) {
        return new Fulfilment(Status.PENDING, "正在开具电子票据并登记参保人员的保障期", now);
    }

    public static Fulfilment done(int receipts, int members, Instant now) {
        return new Fulfilment(Status.DONE, "已开具电子票据" + receipts + "张，登记保障期" + members + "人", now);
    }

    public static Fulfilment failed(String why, Instant now) {
        return new Fulfilment(Status.FAILED, why, now);
    }

    /** Whether finance may run it again: it failed, or it has shown no progress for a long time. */
    public boolean mayRunAgain(Instant now) {
        return status == Status.FAILED || status == Status.PENDING && updatedAt.plus(STALLED_AFTER).isBefore(now);
    }
}
