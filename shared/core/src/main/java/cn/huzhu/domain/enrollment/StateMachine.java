package cn.huzhu.domain.enrollment;

import static cn.huzhu.domain.enrollment.EnrollmentAction.APPROVE;
import static cn.huzhu.domain.enrollment.EnrollmentAction.CANCEL;
import static cn.huzhu.domain.enrollment.EnrollmentAction.CONFIRM_PAYMENT;
import static cn.huzhu.domain.enrollment.EnrollmentAction.RETURN;
import static cn.huzhu.domain.enrollment.EnrollmentAction.SET_CLAIM_DEDUCTION;
import static cn.huzhu.domain.enrollment.EnrollmentAction.SUBMIT;
import static cn.huzhu.domain.enrollment.EnrollmentAction.SUBMIT_INVOICES;
import static cn.huzhu.domain.enrollment.EnrollmentState.APPROVED;
import static cn.huzhu.domain.enrollment.EnrollmentState.AWAITING_PAYMENT;
import static cn.huzhu.domain.enrollment.EnrollmentState.CANCELLED;
import static cn.huzhu.domain.enrollment.EnrollmentState.CONFIRMED;
import static cn.huzhu.domain.enrollment.EnrollmentState.DRAFT;
import static cn.huzhu.domain.enrollment.EnrollmentState.RETURNED;
import static cn.huzhu.domain.enrollment.EnrollmentState.SUBMITTED;

import java.util.List;
import java.util.Set;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;

/** The enrollment life cycle: which action, by whom, from which state, to which state. */
public final class StateMachine {
    public static final int RETURN_REASON_MAX = 500;

    private record Transition(EnrollmentAction action, Set<EnrollmentState> from, EnrollmentState to, Role by) {
    }

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(SUBMIT, Set.of(DRAFT, RETURNED), SUBMITTED, Role.UNIT),
            new Transition(APPROVE, Set.of(SUBMITTED), APPROVED, Role.REVIEWER),
            new Transition(RETURN, Set.of(SUBMITTED), RETURNED, Role.REVIEWER),
            new Transition(SUBMIT_INVOICES, Set.of(APPROVED), AWAITING_PAYMENT, Role.UNIT),
            new Transition(CONFIRM_PAYMENT, Set.of(AWAITING_PAYMENT), CONFIRMED, Role.FINANCE),
            new Transition(CANCEL, Set.of(DRAFT, RETURNED), CANCELLED, Role.UNIT),
            // recorded in the history, but the enrollment stays where it is (to: null)
            new Transition(SET_CLAIM_DEDUCTION, Set.of(SUBMITTED, APPROVED), null, Role.REVIEWER));

    private StateMachine() {
    }

    /** The state after the action, or a refusal in Chinese. A return must say why, in at most 500 characters. */
    public static EnrollmentState next(EnrollmentState from, EnrollmentAction action, Role by, String reason) {
        Transition transition = TRANSITIONS.stream().filter(t -> t.action == action).findFirst().orElseThrow();
        if (transition.by != by) {
            throw DomainException.forbidden("ACTION_NOT_ALLOWED_FOR_ROLE",
                    by.label() + "不能执行“" + action.label() + "”");
        }
        if (!transition.from.contains(from)) {
            throw DomainException.conflict("STATE_DOES_NOT_ALLOW",
                    "参保单当前状态为“" + from.label() + "”，不能" + action.label());
        }
        if (action == RETURN && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("RETURN_REASON_REQUIRED", "退回时必须填写退回原因");
        }
        if (action == RETURN && reason.trim().length() > RETURN_REASON_MAX) {
            throw DomainException.invalid("RETURN_REASON_TOO_LONG", "退回原因不能超过" + RETURN_REASON_MAX + "个字");
        }
        return transition.to == null ? from : transition.to;
    }
}
