package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.testing.Catalogs;

class EnrollmentTest {
    private static final Instant NOW = Instant.parse("2025-11-25T07:00:00Z");

    private static Enrollment draft() {
        return Enrollment.draft("e1", "PRT1", "u1", "青岛区测试单位1", "1503", NOW, "unit1", false,
                List.of(EnrollmentPlan.chosen(Catalogs.hospital(), 1)));
    }

    @Test
    void thePlanCannotBeChosenTwice() {
        Enrollment enrollment = draft();
        assertThatThrownBy(() -> enrollment.addPlan(Catalogs.hospital(), 1))
                .isInstanceOf(DomainException.class).hasMessageContaining("不能重复添加");
    }

    @Test
    void sharesStayWithinThePlansMaximum() {
        Enrollment enrollment = draft();
        enrollment.addPlan(Catalogs.critical(), 3);
        assertThatThrownBy(() -> enrollment.changeShares("P0201", 4)).hasMessageContaining("1到3份");
        assertThatThrownBy(() -> enrollment.changeShares("P0201", 0)).hasMessageContaining("1到3份");
        enrollment.changeShares("P0201", 2);
        assertThat(enrollment.requirePlan("P0201").shares()).isEqualTo(2);
    }

    @Test
    void onlyDraftsAndReturnedEnrollmentsChange() {
        Enrollment enrollment = draft();
        enrollment.setAnonymousCount("P0101", 3);
        enrollment.updateDetails(false, 10, 5, "说明");
        enrollment.apply(EnrollmentAction.SUBMIT, "unit1", Role.UNIT, null, NOW);
        assertThatThrownBy(() -> enrollment.changeShares("P0101", 1)).hasMessageContaining("待初审");
        assertThatThrownBy(() -> enrollment.addPlan(Catalogs.critical(), 1)).hasMessageContaining("不能修改");
        enrollment.apply(EnrollmentAction.RETURN, "reviewer", Role.REVIEWER, "人数不对", NOW);
        assertThat(enrollment.returnReason()).isEqualTo("人数不对");
        enrollment.setAnonymousCount("P0101", 4);
        assertThat(enrollment.requirePlan("P0101").persons()).isEqualTo(4);
    }

    @Test
    void aNoticeIsPrintedFromApprovalOnAndAConfirmationOnlyOnceThePaymentIsConfirmed() {
        Enrollment enrollment = draft();
        enrollment.setAnonymousCount("P0101", 3);
        enrollment.updateDetails(false, 10, 5, "说明");
        assertThatThrownBy(() -> enrollment.noticePrinted("22223Y", NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("草稿").extracting(e -> ((DomainException) e).code()).isEqualTo("NOTICE_NOT_PRINTABLE");
        enrollment.apply(EnrollmentAction.SUBMIT, "unit1", Role.UNIT, null, NOW);
        enrollment.apply(EnrollmentAction.APPROVE, "reviewer", Role.REVIEWER, null, NOW);
        assertThat(enrollment.noticePrinted("22223Y", NOW).printCount()).isEqualTo(1);
        assertThat(enrollment.noticePrinted("ignored", NOW).reference()).isEqualTo("22223Y");
        assertThatThrownBy(enrollment::requireConfirmation).extracting(e -> ((DomainException) e).code())
                .isEqualTo("NOT_CONFIRMED");
        assertThatThrownBy(() -> enrollment.confirmationPrinted(NOW)).hasMessageContaining("尚未确认收款");
    }

    @Test
    void submissionListsEveryReason() {
        Enrollment enrollment = draft();
        enrollment.addPlan(Catalogs.accident(), 1);
        enrollment.addPlan(Catalogs.female(), 1);
        enrollment.setAnonymousCount("P0401", 4);
        enrollment.setAnonymousCount("P0501", 3);
        enrollment.updateDetails(false, 10, null, "");
        assertThatThrownBy(() -> enrollment.apply(EnrollmentAction.SUBMIT, "unit1", Role.UNIT, null, NOW))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details()).extracting(Problem::message)
                        .containsExactly("请填写在职女职工人数",
                                "「住院医疗(A方案)(会费95元)」没有参保人员，请导入人员清单或新增无名单",
                                "「意外伤害(会费20元)」参保率40.00%低于最低要求50%（按在职职工人数计）"));
        enrollment.updateDetails(false, 10, 2, "");
        assertThat(SubmissionCheck.problems(enrollment)).extracting(Problem::message).contains(
                "「女工特病2025版(标准版)(会费25元)」参保人数3超过在职女职工人数2");
        assertThat(enrollment.state()).isEqualTo(EnrollmentState.DRAFT);
    }

    @Test
    void aCompleteEnrollmentIsSubmittedAndRecorded() {
        Enrollment enrollment = draft();
        enrollment.setAnonymousCount("P0101", 2);
        enrollment.updateDetails(false, 2, 1, "");
        StateChange change = enrollment.apply(EnrollmentAction.SUBMIT, "unit1", Role.UNIT, null, NOW);
        assertThat(change).isEqualTo(new StateChange(NOW, "unit1", Role.UNIT, EnrollmentState.DRAFT,
                EnrollmentState.SUBMITTED, EnrollmentAction.SUBMIT, ""));
        assertThat(enrollment.submittedAt()).isEqualTo(NOW);
    }

    @Test
    void theLastPlanRowStays() {
        Enrollment enrollment = draft();
        assertThatThrownBy(() -> enrollment.removePlan("P0101", java.time.Instant.now())).hasMessageContaining("至少保留一个");
    }
}
