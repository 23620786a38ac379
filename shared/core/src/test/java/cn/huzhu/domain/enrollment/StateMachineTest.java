package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;

class StateMachineTest {
    /** The allowed moves, written out once more by hand: (from, action) → (role, to). */
    private static final Map<String, Object[]> ALLOWED = Map.ofEntries(
            Map.entry("SUBMITTED SET_CLAIM_DEDUCTION", new Object[] {Role.REVIEWER, EnrollmentState.SUBMITTED}),
            Map.entry("APPROVED SET_CLAIM_DEDUCTION", new Object[] {Role.REVIEWER, EnrollmentState.APPROVED}),
            Map.entry("DRAFT SUBMIT", new Object[] {Role.UNIT, EnrollmentState.SUBMITTED}),
            Map.entry("RETURNED SUBMIT", new Object[] {Role.UNIT, EnrollmentState.SUBMITTED}),
            Map.entry("SUBMITTED APPROVE", new Object[] {Role.REVIEWER, EnrollmentState.APPROVED}),
            Map.entry("SUBMITTED RETURN", new Object[] {Role.REVIEWER, EnrollmentState.RETURNED}),
            Map.entry("APPROVED SUBMIT_INVOICES", new Object[] {Role.UNIT, EnrollmentState.AWAITING_PAYMENT}),
            Map.entry("AWAITING_PAYMENT CONFIRM_PAYMENT", new Object[] {Role.FINANCE, EnrollmentState.CONFIRMED}),
            Map.entry("DRAFT CANCEL", new Object[] {Role.UNIT, EnrollmentState.CANCELLED}),
            Map.entry("RETURNED CANCEL", new Object[] {Role.UNIT, EnrollmentState.CANCELLED}));

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (EnrollmentState from : EnrollmentState.values()) {
            for (EnrollmentAction action : EnrollmentAction.values()) {
                for (Role role : Role.values()) {
                    all.add(Arguments.of(from, action, role));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyCombination")
    void allowsExactlyTheListedMoves(EnrollmentState from, EnrollmentAction action, Role role) {
        Object[] allowed = ALLOWED.get(from + " " + action);
        if (allowed != null && allowed[0] == role) {
            assertThat(StateMachine.next(from, action, role, "原因")).isEqualTo(allowed[1]);
        } else {
            assertThatThrownBy(() -> StateMachine.next(from, action, role, "原因"))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).kind())
                            .isIn(DomainException.Kind.FORBIDDEN, DomainException.Kind.CONFLICT));
        }
    }

    @Test
    void aReturnNeedsAReason() {
        assertThatThrownBy(() -> StateMachine.next(EnrollmentState.SUBMITTED, EnrollmentAction.RETURN, Role.REVIEWER, " "))
                .isInstanceOf(DomainException.class).hasMessageContaining("退回原因");
    }

    @Test
    void aReturnReasonHasAtMost500Characters() {
        String longest = " " + "原".repeat(StateMachine.RETURN_REASON_MAX) + " ";
        assertThat(StateMachine.next(EnrollmentState.SUBMITTED, EnrollmentAction.RETURN, Role.REVIEWER, longest))
                .isEqualTo(EnrollmentState.RETURNED);
        assertThatThrownBy(() -> StateMachine.next(EnrollmentState.SUBMITTED, EnrollmentAction.RETURN, Role.REVIEWER,
                longest + "多")).hasMessage("退回原因不能超过500个字");
    }

    @Test
    void refusalsSayTheStateInChinese() {
        assertThatThrownBy(() -> StateMachine.next(EnrollmentState.APPROVED, EnrollmentAction.CANCEL, Role.UNIT, null))
                .hasMessage("参保单当前状态为“审核通过”，不能作废");
    }
}
