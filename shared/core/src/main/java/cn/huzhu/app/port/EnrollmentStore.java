package cn.huzhu.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.StateChange;

public interface EnrollmentStore {
    void create(Enrollment enrollment);

    /** Optimistic: fails with CONFLICT when the enrollment changed since it was read. */
    void update(Enrollment enrollment);

    Optional<Enrollment> find(String enrollmentId);

    Optional<Enrollment> findByApplicationNo(String applicationNo);

    /** A unit's enrollments, newest first. */
    Page<Enrollment> forUnit(String unitId, String cursor, int limit);

    /** The office's view: an org's enrollments in one state, oldest submission first. */
    Page<Enrollment> inState(QueueQuery query);

    record QueueQuery(String orgCode, EnrollmentState state, String unitId, Instant from, Instant to, String cursor,
            int limit) {
    }

    void appendHistory(String enrollmentId, StateChange change);

    List<StateChange> history(String enrollmentId);
}
