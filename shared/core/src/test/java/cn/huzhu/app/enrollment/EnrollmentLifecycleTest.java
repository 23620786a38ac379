package cn.huzhu.app.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.huzhu.app.change.AdditionCheck;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.StateChange;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.testing.World;

class EnrollmentLifecycleTest {
    private final World world = new World();
    private final Caller unit = world.newUnit("状态测试单位");

    @Test
    void aRunningImportOrMemberEditHoldsUpSubmission() {
        Enrollment enrollment = world.readyToSubmit(unit);
        RosterLocks.Hold importing = world.services.rosterLocks.forImport(enrollment.id(), List.of("P0101"), "batch-1",
                ImportBatch.GIVE_UP_AFTER);
        assertThatThrownBy(() -> world.lifecycle.submit(unit, enrollment.id())).hasMessageContaining("正在导入");
        world.services.rosterLocks.releaseRecounted(importing);
        RosterLocks.Hold editing = world.services.rosterLocks.forEdit(unit, enrollment.id(), "P0101");
        assertThatThrownBy(() -> world.lifecycle.submit(unit, enrollment.id())).hasMessageContaining("正在保存");
        world.services.rosterLocks.release(editing, java.util.Map.of());
        assertThat(world.lifecycle.submit(unit, enrollment.id()).enrollment().state()).isEqualTo(EnrollmentState.SUBMITTED);
    }

    @Test
    void anImportWhoseFunctionDiedNoLongerHoldsUpSubmissionAndShowsAsFailed() throws InterruptedException {
        Enrollment enrollment = world.readyToSubmit(unit);
        Instant longAgo = Instant.now().minus(ImportBatch.GIVE_UP_AFTER).minusSeconds(60);
        ImportBatch batch = ImportBatch.waiting(enrollment.id(), world.ids.next(), List.of("P0101"), "a.xlsx", "k", 1,
                longAgo, "op");
        world.stores.batches.update(world.stores.batches.create(batch).running(10));
        world.services.rosterLocks.forImport(enrollment.id(), List.of("P0101"), batch.id(), java.time.Duration.ofMillis(1));
        Thread.sleep(5);
        assertThat(world.uploads.list(unit, enrollment.id())).singleElement().satisfies(view -> {
            assertThat(view.status()).isEqualTo("FAILED");
            assertThat(view.message()).contains("请重新上传");
        });
        assertThat(world.lifecycle.submit(unit, enrollment.id()).enrollment().state()).isEqualTo(EnrollmentState.SUBMITTED);
    }

    @Test
    void submissionJudgesTheMembersAsStoredEvenWhenACountWentAstray() {
        Enrollment enrollment = world.draft(unit, "P0101");
        world.edit.updateDetails(unit, enrollment.id(), new EditEnrollment.Details(false, 2, 1, ""));
        world.editor.system(enrollment.id(), e -> e.recordMembers("P0101", new cn.huzhu.domain.enrollment.MemberStats(2, 0, 0)));
        assertThatThrownBy(() -> world.lifecycle.submit(unit, enrollment.id())).hasMessageContaining("没有参保人员");
        assertThat(world.stores.enrollments.find(enrollment.id()).orElseThrow().state()).isEqualTo(EnrollmentState.DRAFT);
    }

    @Test
    void aDraftOrReturnedEnrollmentCanBeCancelledNothingElse() {
        Enrollment enrollment = world.readyToSubmit(unit);
        world.lifecycle.submit(unit, enrollment.id());
        assertThatThrownBy(() -> world.lifecycle.cancel(unit, enrollment.id())).hasMessageContaining("待初审");
        world.lifecycle.returnToUnit(world.reviewer, enrollment.id(), "请补充附件");
        assertThat(world.lifecycle.cancel(unit, enrollment.id()).enrollment().state()).isEqualTo(EnrollmentState.CANCELLED);
        assertThatThrownBy(() -> world.edit.setAnonymousCount(unit, enrollment.id(), "P0101", 1)).hasMessageContaining("已作废");
    }

    /** The real store, with someone else's write slipped in just before the first update lands. */
    private static final class RacingStore implements EnrollmentStore {
        private final EnrollmentStore delegate;
        private boolean raced;

        RacingStore(EnrollmentStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public void update(Enrollment enrollment) {
            if (!raced) {
                raced = true;
                Enrollment other = delegate.find(enrollment.id()).orElseThrow();
                other.updateDetails(other.newBusiness(), other.employeeCount(), other.femaleEmployeeCount(), "同时保存的说明");
                delegate.update(other);
            }
            delegate.update(enrollment);
        }

        @Override
        public void create(Enrollment enrollment) {
            delegate.create(enrollment);
        }

        @Override
        public Optional<Enrollment> find(String id) {
            return delegate.find(id);
        }

        @Override
        public Optional<Enrollment> findByApplicationNo(String applicationNo) {
            return delegate.findByApplicationNo(applicationNo);
        }

        @Override
        public Optional<Enrollment> findByConfirmationNo(String confirmationNo) {
            return delegate.findByConfirmationNo(confirmationNo);
        }

        @Override
        public boolean claimPaymentReference(String reference, String enrollmentId) {
            return delegate.claimPaymentReference(reference, enrollmentId);
        }

        @Override
        public Optional<Enrollment> findByPaymentReference(String reference) {
            return delegate.findByPaymentReference(reference);
        }

        @Override
        public Page<Enrollment> forUnit(String unitId, String cursor, int limit) {
            return delegate.forUnit(unitId, cursor, limit);
        }

        @Override
        public Page<Enrollment> forUnit(UnitQuery query) {
            return delegate.forUnit(query);
        }

        @Override
        public Page<Enrollment> inStates(QueueQuery query) {
            return delegate.inStates(query);
        }

        @Override
        public Optional<String> renewalOf(String confirmedId) {
            return delegate.renewalOf(confirmedId);
        }

        @Override
        public boolean markRenewal(String confirmedId, String renewalId, String replacing) {
            return delegate.markRenewal(confirmedId, renewalId, replacing);
        }

        @Override
        public void markAddition(String originId, String additionId) {
            delegate.markAddition(originId, additionId);
        }

        @Override
        public List<String> additionsOf(String originId) {
            return delegate.additionsOf(originId);
        }

        @Override
        public void appendHistory(String id, StateChange change) {
            delegate.appendHistory(id, change);
        }

        @Override
        public List<StateChange> history(String id) {
            return delegate.history(id);
        }
    }

    @Test
    void aSaveThatLandsFirstDoesNotDefeatTheSubmission() {
        Enrollment enrollment = world.readyToSubmit(unit);
        EnrollmentLifecycle racing = new EnrollmentLifecycle(new RacingStore(world.stores.enrollments), world.stores.members,
                new AdditionCheck(world.stores.members, world.services.runningCovers, world.stores.settings, world.clock),
                world.clock);
        assertThat(racing.submit(unit, enrollment.id()).enrollment().state()).isEqualTo(EnrollmentState.SUBMITTED);
        Enrollment stored = world.stores.enrollments.find(enrollment.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(EnrollmentState.SUBMITTED);
        assertThat(stored.note()).isEqualTo("同时保存的说明");
        assertThat(world.stores.enrollments.history(enrollment.id())).hasSize(1);
    }

    @Test
    void twoReviewersDecidingAtOnceCannotBothWin() {
        Enrollment enrollment = world.readyToSubmit(unit);
        world.lifecycle.submit(unit, enrollment.id());
        world.lifecycle.approve(world.reviewer, enrollment.id());
        assertThatThrownBy(() -> world.lifecycle.returnToUnit(world.reviewer, enrollment.id(), "晚了"))
                .hasMessageContaining("审核通过");
        assertThat(world.stores.enrollments.history(enrollment.id())).hasSize(2);
    }
}
