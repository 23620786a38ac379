package cn.huzhu.domain.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.roster.Placement;

/**
 * A named member of one plan of an enrollment.
 *
 * @param coverageStart the member's own first day of cover, after a still running earlier cover of the same activity
 *     type (fixed for good when payment is confirmed); null when it is the enrollment's, the day after confirmation
 *     (planned as the day after today before that). Most members have none, so confirming 10,000 of them rewrites none.
 * @param unexpiredUntil last day of a still-running earlier coverage of the same activity type (未到期), else null
 * @param key the person's key ({@link cn.huzhu.domain.identity.PersonKeys}): one member per person and plan
 * @param batchId the import batch that last wrote this member; empty when edited by hand
 */
public record Member(String enrollmentId, String planCode, String key, Person person, LocalDate coverageStart,
        LocalDate unexpiredUntil, String batchId, Instant updatedAt) {

    public static Member placed(String enrollmentId, String key, Person person, Placement placement, String batchId,
            Instant now) {
        return new Member(enrollmentId, placement.planCode(), key, person, placement.coverageStart(),
                placement.unexpiredUntil(), batchId, now);
    }

    /** The member with the cover fixed at confirmation; {@code effectiveOn} is the enrollment's first day of cover. */
    public Member covered(CoveragePeriod period, LocalDate stillCoveredUntil, LocalDate effectiveOn) {
        LocalDate own = period.startsOn().equals(effectiveOn) ? null : period.startsOn();
        return new Member(enrollmentId, planCode, key, person, own, stillCoveredUntil, batchId, updatedAt);
    }

    /** The first day of cover, given the enrollment's: the member's own when it has one. */
    public LocalDate startsOn(LocalDate enrollmentStart) {
        return coverageStart != null ? coverageStart : enrollmentStart;
    }

    public boolean unexpired() {
        return unexpiredUntil != null;
    }

    /** This member's contribution to the plan's counts. */
    public MemberStats stats() {
        return new MemberStats(1, person.highRisk() ? 1 : 0, unexpired() ? 1 : 0);
    }
}
