package cn.huzhu.app.invoice;

import java.time.Clock;
import java.util.List;

import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.view.EnrollmentDetail;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.StateChange;
import cn.huzhu.domain.money.Money;

/**
 * 理赔金额: the office's reviewer deducts an amount from a plan's 应交会费 while no invoice is submitted; the remainders
 * change with it and the history records who changed it from what to what.
 */
public final class ClaimDeductions {
    private final EnrollmentStore enrollments;
    private final EnrollmentEditor editor;
    private final Clock clock;

    public record Form(String amount) {
    }

    public ClaimDeductions(EnrollmentStore enrollments, Clock clock) {
        this.enrollments = enrollments;
        this.editor = new EnrollmentEditor(enrollments);
        this.clock = clock;
    }

    public EnrollmentDetail set(Caller caller, String enrollmentId, String planCode, Form form) {
        Money amount = Money.typed(form.amount(), "CLAIM_INVALID", "amount", "理赔金额");
        EnrollmentEditor.Applied<StateChange> applied = editor.apply(caller, enrollmentId,
                e -> e.setClaimDeduction(planCode, amount, caller.username(), caller.role(), clock.instant()));
        enrollments.appendHistory(enrollmentId, applied.answer());
        return EnrollmentDetail.of(applied.enrollment());
    }
}
