package cn.huzhu.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.StateChange;

public interface EnrollmentStore {
    void create(Enrollment enrollment);

    /** Optimistic: fails with CONFLICT when the enrollment changed since it was read. */
    void update(Enrollment enrollment);

    Optional<Enrollment> find(String enrollmentId);

    /** Several enrollments by id in batches; ids without one are left out. */
    default java.util.Map<String, Enrollment> findAll(java.util.Collection<String> enrollmentIds) {
        java.util.Map<String, Enrollment> found = new java.util.HashMap<>();
        enrollmentIds.stream().distinct().forEach(id -> find(id).ifPresent(e -> found.put(id, e)));
        return found;
    }

    Optional<Enrollment> findByApplicationNo(String applicationNo);

    /** The confirmed enrollment whose 确认书 has this number. */
    Optional<Enrollment> findByConfirmationNo(String confirmationNo);

    /**
     * Reserves a 缴款识别码 for an enrollment's notice: false when another enrollment holds it already (asking again
     * for the same enrollment is true).
     */
    boolean claimPaymentReference(String reference, String enrollmentId);

    /** The enrollment whose payment notice carries this 缴款识别码 (normalised: upper case, no spaces). */
    Optional<Enrollment> findByPaymentReference(String reference);

    /** A unit's enrollments, newest first. */
    Page<Enrollment> forUnit(String unitId, String cursor, int limit);

    /** A unit's enrollments that pass every filter given (nulls and empty sets pass all), newest first. */
    Page<Enrollment> forUnit(UnitQuery query);

    /**
     * What a unit searches its enrollments by: states, 业务类型, 申请书号, 录入日期, and once confirmed the 确认书号,
     * 确认日期, 生效日期 and whether the 确认书 was printed.
     */
    record UnitQuery(String unitId, Set<EnrollmentState> states, BusinessType businessType, String applicationNo,
            DateRange created, String confirmationNo, DateRange confirmed, DateRange effective, Boolean printed,
            String cursor, int limit) {
        public UnitQuery {
            states = states == null ? Set.of() : Set.copyOf(states);
            created = created == null ? DateRange.ANY : created;
            confirmed = confirmed == null ? DateRange.ANY : confirmed;
            effective = effective == null ? DateRange.ANY : effective;
        }

        public static UnitQuery inStates(String unitId, Set<EnrollmentState> states, String cursor, int limit) {
            return new UnitQuery(unitId, states, null, null, null, null, null, null, null, cursor, limit);
        }
    }

    /** The office's view: an org's enrollments in some states, by submission (oldest first, or newest first). */
    Page<Enrollment> inStates(QueueQuery query);

    record QueueQuery(String orgCode, Set<EnrollmentState> states, boolean newestFirst, String unitId, Instant from,
            Instant to, String cursor, int limit) {
    }

    /** Records that {@code additionId} is a 增员 of the confirmed enrollment {@code originId}. */
    void markAddition(String originId, String additionId);

    /** The 增员 started from a confirmed enrollment, oldest first. */
    List<String> additionsOf(String originId);

    /** The renewal (续保) last started from a confirmed enrollment, if any. */
    Optional<String> renewalOf(String confirmedId);

    /**
     * Marks {@code renewalId} as the renewal of {@code confirmedId}, replacing the mark {@code replacing} (null: none
     * yet). False when the mark is no longer what the caller saw: another renewal was started meanwhile.
     */
    boolean markRenewal(String confirmedId, String renewalId, String replacing);

    void appendHistory(String enrollmentId, StateChange change);

    List<StateChange> history(String enrollmentId);
}
