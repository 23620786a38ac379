package cn.huzhu.domain.statement;

import java.time.Instant;
import java.util.List;

/**
 * 到账记录: one credit of the office account, once, with what matching made of it and what finance decided.
 *
 * @param confirmedFor the enrollments its 确认收款 went to, once confirmed
 * @param note finance's note when it set the line aside (退回/其他)
 */
public record Arrival(String key, String orgCode, String uploadId, BankLine line, Match match, List<String> confirmedFor,
        String note, Instant createdAt, long version) {
    public Arrival {
        confirmedFor = confirmedFor == null ? List.of() : List.copyOf(confirmedFor);
    }

    public MatchStatus status() {
        return match.status();
    }

    public Arrival confirmed(List<String> enrollmentIds) {
        return new Arrival(key, orgCode, uploadId, line, match.withStatus(MatchStatus.CONFIRMED, match.reason()),
                enrollmentIds, note, createdAt, version);
    }

    public Arrival setAside(String why) {
        return new Arrival(key, orgCode, uploadId, line, match.withStatus(MatchStatus.SET_ASIDE, match.reason()),
                confirmedFor, why, createdAt, version);
    }

    public Arrival rematched(Match changed) {
        return new Arrival(key, orgCode, uploadId, line, changed, confirmedFor, note, createdAt, version);
    }
}
