package cn.huzhu.domain.statement;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

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

    /**
     * The rule of a confirmation by 到账记录: the lines (one, or the lines of a split payment) bring exactly what the
     * businesses chosen owe together (one, or a unit's several); otherwise refused with the difference.
     */
    public static void requirePays(List<Arrival> lines, Money due) {
        Money arrived = lines.stream().map(a -> a.line().amount()).reduce(Money.ZERO, Money::plus);
        if (!arrived.equals(due)) {
            throw DomainException.invalid("ARRIVAL_AMOUNT_MISMATCH", "到账金额" + arrived.format() + "元与所选参保单应付合计"
                    + due.format() + "元不符（" + (arrived.compareTo(due) > 0 ? "多" : "少") + arrived.minus(due).abs().format()
                    + "元）");
        }
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
