package cn.huzhu.domain.enrollment;

import java.time.Instant;

/**
 * 缴费通知单 of an enrollment: its 缴款识别码, given when it is first printed, and how often it was printed.
 */
public record Notice(String reference, int printCount, Instant lastPrintedAt) {
    public static Notice first(String reference, Instant at) {
        return new Notice(reference, 1, at);
    }

    public Notice printed(Instant at) {
        return new Notice(reference, printCount + 1, at);
    }
}
