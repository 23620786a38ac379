package cn.huzhu.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** The office's view: an org's enrollments in some states, by submission (oldest first, or newest first). */
    Page<Enrollment> inStates(QueueQuery query);

    record QueueQuery(String orgCode, Set<EnrollmentState> states, boolean newestFirst, String unitId, Instant from,
            Instant to, String cursor, int limit) {
    }

    void appendHistory(String enrollmentId, StateChange change);

    List<StateChange> history(String enrollmentId);
}
