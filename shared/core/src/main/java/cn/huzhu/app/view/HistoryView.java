package cn.huzhu.app.view;

import java.time.Instant;

import cn.huzhu.domain.enrollment.StateChange;

/** One line of an enrollment's history. */
public record HistoryView(Instant at, String actor, String actorRole, String from, String to, String action,
        String reason) {
    public static HistoryView of(StateChange c) {
        return new HistoryView(c.at(), c.actor(), c.actorRole().label(), c.from() == null ? null : c.from().label(),
                c.to().label(), c.action().label(), c.reason());
    }
}
