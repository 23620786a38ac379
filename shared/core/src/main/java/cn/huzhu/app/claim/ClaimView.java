package cn.huzhu.app.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.huzhu.app.view.Views;
import cn.huzhu.domain.claim.Assessment;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimDocument;
import cn.huzhu.domain.claim.ClaimEvent;
import cn.huzhu.domain.claim.ClaimStep;
import cn.huzhu.domain.identity.Masking;

/**
 * A claim as a screen shows it. The account number is masked ({@link Masking#account}); the event (a diagnosis among
 * it) reaches only the member's unit and the office's claims and finance roles, who alone may call for it. {@code
 * steps} are the whole history for the office, without internal notes for the unit.
 */
public record ClaimView(String id, String claimNo, String unitName, String enrollmentId, String planCode, String memberKey,
        String memberName, int shares, String kind, String kindLabel, String state, String stateLabel, ClaimEvent event,
        String accountHolder, String bank, String accountMasked, String relation, String accountWarning,
        List<ClaimDocument> documents, Instant createdAt, Instant firstSubmittedAt, String missing, String lateReason,
        Assessment assessment, String amount, String amountReason, String assessedBy, LocalDate paidOn,
        String bankReference, String refusal, String refusalText, List<ClaimStep> steps) {

    public static ClaimView forUnit(Claim c) {
        return of(c, c.stepsForUnit(), false);
    }

    public static ClaimView forOffice(Claim c) {
        return of(c, c.steps(), true);
    }

    private static ClaimView of(Claim c, List<ClaimStep> steps, boolean office) {
        Claim.Handling h = c.handling();
        Claim.Member m = c.member();
        return new ClaimView(c.id(), c.claimNo(), m.unitName(), m.enrollmentId(), m.planCode(), m.key(), m.name(),
                m.shares(), c.kind().name(), c.kind().label(), c.state().name(), c.state().label(), c.event(),
                c.account().holder(), c.account().bank(), Masking.account(c.account().number()), c.account().relation(),
                c.account().warning().orElse(null), c.documents(), c.createdAt(), h.firstSubmittedAt(), h.missing(),
                h.lateReason(), office ? h.assessment() : null, h.amount() == null ? null : Views.money(h.amount()),
                h.amountReason(), office ? h.assessedBy() : null, h.paidOn(), h.bankReference(),
                h.refusal() == null ? null : h.refusal().label(), h.refusalText(), steps);
    }
}
