package cn.huzhu.app.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

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
    void aRunningImportHoldsUpSubmission() {
        Enrollment enrollment = world.readyToSubmit(unit);
        ImportBatch batch = ImportBatch.waiting(enrollment.id(), world.ids.next(), List.of("P0101"), "a.xlsx", "k", 1,
                Instant.now(), "op");
        ImportBatch running = world.stores.batches.update(world.stores.batches.create(batch).running(10));
        assertThatThrownBy(() -> world.lifecycle.submit(unit, enrollment.id())).hasMessageContaining("正在导入");
        world.stores.batches.update(running.done(10, 10, 0, null, Instant.now()));
        assertThat(world.lifecycle.submit(unit, enrollment.id()).enrollment().state()).isEqualTo(EnrollmentState.SUBMITTED);
    }

    @Test
    void anImportWhoseFunctionDiedNoLongerHoldsUpSubmissionAndShowsAsFailed() {
        Enrollment enrollment = world.readyToSubmit(unit);
        Instant longAgo = Instant.now().minus(ImportBatch.GIVE_UP_AFTER).minusSeconds(60);
        ImportBatch batch = ImportBatch.waiting(enrollment.id(), world.ids.next(), List.of("P0101"), "a.xlsx", "k", 1,
                longAgo, "op");
        world.stores.batches.update(world.stores.batches.create(batch).running(10));
        assertThat(world.uploads.list(unit, enrollment.id())).singleElement().satisfies(view -> {
            assertThat(view.status()).isEqualTo("FAILED");
            assertThat(view.message()).contains("请重新上传");
        });
        assertThat(world.lifecycle.submit(unit, enrollment.id()).enrollment().state()).isEqualTo(EnrollmentState.SUBMITTED);
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
        public Page<Enrollment> forUnit(String unitId, String cursor, int limit) {
            return delegate.forUnit(unitId, cursor, limit);
        }

        @Override
        public Page<Enrollment> inState(QueueQuery query) {
            return delegate.inState(query);
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
        EnrollmentLifecycle racing = new EnrollmentLifecycle(new RacingStore(world.stores.enrollments), world.stores.batches,
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
