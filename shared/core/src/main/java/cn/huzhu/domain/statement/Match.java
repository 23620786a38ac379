package cn.huzhu.domain.statement;

import java.util.List;

import cn.huzhu.domain.money.Money;

/**
 * What matching made of one 到账记录: its status, why (in Chinese), the enrollments it is proposed for (one, or several
 * for a combined payment), for a line without a code up to three ranked suggestions, the difference of a 金额不符
 * (amount − due), and for a split payment the keys of the lines that together pay the due.
 */
public record Match(MatchStatus status, String reason, List<String> enrollmentIds, List<Suggestion> suggestions,
        Money difference, List<String> group) {
    public Match {
        enrollmentIds = List.copyOf(enrollmentIds);
        suggestions = List.copyOf(suggestions);
        group = List.copyOf(group);
    }

    /** One proposal for a line without a code: the enrollments (one, or one unit's several) and how well the payer fits. */
    public record Suggestion(List<String> enrollmentIds, int score) {
        public Suggestion {
            enrollmentIds = List.copyOf(enrollmentIds);
        }
    }

    static Match of(MatchStatus status, String reason, List<String> enrollmentIds) {
        return new Match(status, reason, enrollmentIds, List.of(), null, List.of());
    }

    public Match withStatus(MatchStatus changed, String why) {
        return new Match(changed, why, enrollmentIds, suggestions, difference, group);
    }
}
