package cn.huzhu.domain.enrollment;

import java.time.Instant;

/**
 * 缴费通知单 of an enrollment: its 缴款识别码, given when it is first printed, when that was (a transfer that names the
 * business cannot be older), and how often it was printed.
 */
public record Notice(String reference, int printCount, Instant firstPrintedAt, Instant lastPrintedAt) {
    public static Notice first(String reference, Instant at) {
        return new Notice(reference, 1, at, at);
    }

    public Notice printed(Instant at) {
        return new Notice(reference, printCount + 1, firstPrintedAt, at);
    }
}
