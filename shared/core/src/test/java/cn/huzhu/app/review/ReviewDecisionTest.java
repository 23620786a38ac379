package cn.huzhu.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.ses.SesMailer;
import cn.huzhu.app.enrollment.EditEnrollment;
import cn.huzhu.app.port.MailLog;
import cn.huzhu.app.view.HistoryView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.unit.Unit;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.World;

/** 初审 decisions with their email, against the SES emulator; and an SES that is down. */
class ReviewDecisionTest {
    private final World world = new World();
    private final Caller unit = world.newUnit("初审测试单位");

    private Enrollment submitted(Caller unit) {
        return world.lifecycle.submit(unit, world.readyToSubmit(unit).id()).enrollment();
    }

    @Test
    void aReturnAndAnApprovalAreMailedToTheUnitAndRecordedInTheHistory() {
        Enrollment enrollment = submitted(unit);
        ReviewDecision decisions = world.decisions();
        MailLog.Entry returned = decisions.returnToUnit(world.reviewer, enrollment.id(), "在职职工人数与名单不符").mail();
        assertThat(returned.status()).isEqualTo(MailLog.Status.SENT);
        world.edit.updateDetails(unit, enrollment.id(), new EditEnrollment.Details(null, 3, 1, "已更正"));
        world.lifecycle.submit(unit, enrollment.id());
        MailLog.Entry approved = decisions.approve(world.reviewer, enrollment.id()).mail();
        assertThat(approved.status()).isEqualTo(MailLog.Status.SENT);

        List<SesStore.Mail> mails = SesStore.to(world.emailOf(unit));
        assertThat(mails).extracting(SesStore.Mail::subject).containsExactly(
                "【职工互助保障】参保申请" + enrollment.applicationNo() + "已退回",
                "【职工互助保障】参保申请" + enrollment.applicationNo() + "审核通过");
        assertThat(mails.get(0).body()).contains("退回原因：在职职工人数与名单不符").contains(enrollment.applicationNo());

        List<HistoryView> history = world.stores.enrollments.history(enrollment.id()).stream().map(HistoryView::of).toList();
        assertThat(history).extracting(HistoryView::action).containsExactly("提交初审", "退回", "提交初审", "审核通过");
        assertThat(history.get(1).reason()).isEqualTo("在职职工人数与名单不符");
        assertThat(history.get(1).actor()).isEqualTo("reviewer-test");
        assertThat(world.stores.enrollments.find(enrollment.id()).orElseThrow().state()).isEqualTo(EnrollmentState.APPROVED);
        assertThat(decisions.mails(world.reviewer, enrollment.id())).hasSize(2);
    }

    @Test
    void aFailingSesNeverLosesTheDecisionAndTheMailCanBeSentAgain() {
        Enrollment enrollment = submitted(unit);
        // SES unreachable: nothing listens on port 9
        SesMailer down = SesMailer.create(new AwsSettings(world.env.with(Map.of("AWS_ENDPOINT_URL_SESV2", "http://127.0.0.1:9"))));
        ReviewDecision broken = world.decisions(down);
        MailLog.Entry failed = broken.approve(world.reviewer, enrollment.id()).mail();
        assertThat(failed.status()).isEqualTo(MailLog.Status.FAILED);
        assertThat(failed.error()).isNotBlank();
        assertThat(world.stores.enrollments.find(enrollment.id()).orElseThrow().state()).isEqualTo(EnrollmentState.APPROVED);
        assertThat(SesStore.to(world.emailOf(unit))).isEmpty();

        MailLog.Entry resent = world.decisions().resend(world.reviewer, enrollment.id(), failed.id());
        assertThat(resent.status()).isEqualTo(MailLog.Status.SENT);
        assertThat(resent.attempts()).isEqualTo(2);
        assertThat(SesStore.to(world.emailOf(unit))).hasSize(1);
    }

    @Test
    void aUnitWithoutAnAddressGetsAFailedRecordNotAnError() {
        Caller silent = world.newUnit("无邮箱单位");
        var unitRecord = world.stores.units.find(silent.unitId()).orElseThrow();
        world.stores.units.update(unitRecord.withProfile(new Unit.Profile("", "", false, "", "", "", "",
                "", "", "", "", null)));
        Enrollment enrollment = submitted(silent);
        MailLog.Entry mail = world.decisions().approve(world.reviewer, enrollment.id()).mail();
        assertThat(mail.status()).isEqualTo(MailLog.Status.FAILED);
        assertThat(mail.error()).isEqualTo("单位未填写联系邮箱");
    }
}
