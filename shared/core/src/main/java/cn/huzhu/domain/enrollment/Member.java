package cn.huzhu.domain.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.roster.Placement;

/**
 * A named member of one plan of an enrollment.
 *
 * @param coverageStart the planned first day of cover (fixed for good when payment is confirmed)
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

    /** The member with the cover fixed at confirmation. */
    public Member covered(CoveragePeriod period, LocalDate stillCoveredUntil) {
        return new Member(enrollmentId, planCode, key, person, period.startsOn(), stillCoveredUntil, batchId, updatedAt);
    }

    public boolean unexpired() {
        return unexpiredUntil != null;
    }

    /** This member's contribution to the plan's counts. */
    public MemberStats stats() {
        return new MemberStats(1, person.highRisk() ? 1 : 0, unexpired() ? 1 : 0);
    }
}
