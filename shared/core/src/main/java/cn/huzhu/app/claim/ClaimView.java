package cn.huzhu.app.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.huzhu.app.view.Views;
import cn.huzhu.domain.claim.Assessment;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimDocument;
import cn.huzhu.domain.claim.ClaimEvent;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.claim.ClaimStep;
import cn.huzhu.domain.claim.WorkCalendar;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.identity.Masking;
import cn.huzhu.domain.settings.Settings;

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
        String bankReference, String refusal, String refusalText, List<ClaimStep> steps, Integer workingDays,
        boolean overdue) {

    /** {@code rules}: the org's 申领处理 settings, whose working days and 超时 the view counts with. */
    public static ClaimView forUnit(LocalDate today, Settings.Claims rules, Claim c) {
        return of(c, c.stepsForUnit(), false, today, rules);
    }

    public static ClaimView forOffice(LocalDate today, Settings.Claims rules, Claim c) {
        return of(c, c.steps(), true, today, rules);
    }

    /** Working days since 受理, to today while the claim is being handled or to its last step once decided. */
    private static Integer workingDays(Claim c, LocalDate today, WorkCalendar calendar) {
        Instant accepted = c.handling().acceptedAt();
        if (accepted == null) {
            return null;
        }
        List<ClaimStep> steps = c.steps();
        LocalDate until = c.state().closed() || c.state() == ClaimState.AWAITING_PAYMENT
                ? LocalDate.ofInstant(steps.get(steps.size() - 1).at(), BusinessDay.ZONE) : today;
        return calendar.between(LocalDate.ofInstant(accepted, BusinessDay.ZONE), until);
    }

    private static ClaimView of(Claim c, List<ClaimStep> steps, boolean office, LocalDate today, Settings.Claims rules) {
        Claim.Handling h = c.handling();
        Claim.Member m = c.member();
        return new ClaimView(c.id(), c.claimNo(), m.unitName(), m.enrollmentId(), m.planCode(), m.key(), m.name(),
                m.shares(), c.kind().name(), c.kind().label(), c.state().name(), c.state().label(), c.event(),
                c.account().holder(), c.account().bank(), Masking.account(c.account().number()), c.account().relation(),
                c.account().warning().orElse(null), c.documents(), c.createdAt(), h.firstSubmittedAt(), h.missing(),
                h.lateReason(), office ? h.assessment() : null, h.amount() == null ? null : Views.money(h.amount()),
                h.amountReason(), office ? h.assessedBy() : null, h.paidOn(), h.bankReference(),
                h.refusal() == null ? null : h.refusal().label(), h.refusalText(), steps,
                workingDays(c, today, rules.calendar()), overdue(c, today, rules));
    }

    /** 超时: in the 理赔员's hands (受理 or 待复核) more than the settings' working days. */
    public static boolean overdue(Claim c, LocalDate today, Settings.Claims rules) {
        Integer days = workingDays(c, today, rules.calendar());
        return days != null && days > rules.overdueWorkingDays()
                && (c.state() == ClaimState.ACCEPTED || c.state() == ClaimState.ASSESSED);
    }
}
