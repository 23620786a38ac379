package cn.huzhu.app.statement;

import java.util.List;
import java.util.Map;

import cn.huzhu.app.port.ArrivalStore;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.identity.Masking;
import cn.huzhu.domain.statement.Arrival;
import cn.huzhu.domain.statement.BankLine;
import cn.huzhu.domain.statement.Match;

/**
 * A 到账记录 as finance sees it: the transfer (the payer's account masked), the match and why, each proposal with the
 * businesses it names, and, on its own page, every decision.
 */
public record ArrivalView(String key, String bookedOn, String amount, String serialNo, String payerName,
        String payerAccountMasked, String remark, String status, String statusLabel, String reason, String difference,
        List<Proposal> proposals, List<Business> confirmedFor, List<String> group, String note,
        List<ArrivalStore.Decision> decisions) {

    /** One way to confirm the line: the businesses it pays, and for a suggestion how well the payer fits (0–100). */
    public record Proposal(List<Business> businesses, String total, Integer fit) {
    }

    /** A business named by a proposal. */
    public record Business(String enrollmentId, String applicationNo, String unitName, String payable, String code,
            String state) {
        static Business of(String id, Map<String, Enrollment> known) {
            Enrollment e = known.get(id);
            if (e == null) {
                return new Business(id, "", "", "", "", "");
            }
            return new Business(id, e.applicationNo(), e.unitName(), e.fees().payable().format(),
                    e.settlement().notice() == null ? "" : e.settlement().notice().reference(), e.state().label());
        }
    }

    static ArrivalView of(Arrival a, Map<String, Enrollment> known, List<ArrivalStore.Decision> decisions) {
        BankLine l = a.line();
        Match m = a.match();
        List<Proposal> proposals = new java.util.ArrayList<>();
        if (!m.enrollmentIds().isEmpty()) {
            proposals.add(proposal(m.enrollmentIds(), known, null));
        }
        m.suggestions().forEach(s -> proposals.add(proposal(s.enrollmentIds(), known, s.score())));
        return new ArrivalView(a.key(), l.bookedOn().toString(), l.amount().format(), l.serialNo(), l.payerName(),
                Masking.account(l.payerAccount()), l.remark(), a.status().name(), a.status().label(), m.reason(),
                m.difference() == null ? null : m.difference().format(), proposals,
                a.confirmedFor().stream().map(id -> Business.of(id, known)).toList(), m.group(), a.note(), decisions);
    }

    private static Proposal proposal(List<String> ids, Map<String, Enrollment> known, Integer fit) {
        List<Business> businesses = ids.stream().map(id -> Business.of(id, known)).toList();
        long fen = ids.stream().map(known::get).filter(java.util.Objects::nonNull)
                .mapToLong(e -> e.fees().payable().fen()).sum();
        return new Proposal(businesses, cn.huzhu.domain.money.Money.ofFen(fen).format(), fit);
    }

    /** Every enrollment id a view of these lines names. */
    static List<String> named(List<Arrival> arrivals) {
        return arrivals.stream().flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                a.match().enrollmentIds().stream(), a.match().suggestions().stream()
                        .flatMap(s -> s.enrollmentIds().stream())), a.confirmedFor().stream())).distinct().toList();
    }
}
