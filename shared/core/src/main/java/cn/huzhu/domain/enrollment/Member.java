package cn.huzhu.domain.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import cn.huzhu.domain.common.DomainException;
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
 * @param waitingWaived the 观察期 is waived by a decision at confirmation: earlier cover of the same activity type ran
 *     until shortly before this one (kept when it is run again). Cover that continues a still running one needs no such
 *     record: see {@link #continuesEarlierCover()}
 * @param removal 减员, if the member was taken off during the term; else null
 */
public record Member(String enrollmentId, String planCode, String key, Person person, LocalDate coverageStart,
        LocalDate unexpiredUntil, String batchId, Instant updatedAt, boolean waitingWaived, Removal removal) {

    public Member(String enrollmentId, String planCode, String key, Person person, LocalDate coverageStart,
            LocalDate unexpiredUntil, String batchId, Instant updatedAt) {
        this(enrollmentId, planCode, key, person, coverageStart, unexpiredUntil, batchId, updatedAt, false, null);
    }

    public static Member placed(String enrollmentId, String key, Person person, Placement placement, String batchId,
            Instant now) {
        return new Member(enrollmentId, placement.planCode(), key, person, placement.coverageStart(),
                placement.unexpiredUntil(), batchId, now);
    }

    /**
     * The member with the cover fixed at confirmation; {@code effectiveOn} is the enrollment's first day of cover and
     * {@code waived} whether earlier cover waives the 观察期.
     */
    public Member covered(CoveragePeriod period, LocalDate stillCoveredUntil, LocalDate effectiveOn, boolean waived) {
        LocalDate own = period.startsOn().equals(effectiveOn) ? null : period.startsOn();
        Member fixed = new Member(enrollmentId, planCode, key, person, own, stillCoveredUntil, batchId, updatedAt,
                waitingWaived, removal);
        return waived && !fixed.continuesEarlierCover() ? fixed.withWaiver() : fixed;
    }

    private Member withWaiver() {
        return new Member(enrollmentId, planCode, key, person, coverageStart, unexpiredUntil, batchId, updatedAt, true,
                removal);
    }

    /**
     * Cover that starts the day after a still running earlier cover of the same activity type ends: no day lies
     * uncovered between them, so the 观察期 is waived whatever gap the office allows, without a record of it (confirming
     * the renewal of people still covered rewrites none of them for it).
     */
    public boolean continuesEarlierCover() {
        return coverageStart != null && unexpiredUntil != null && coverageStart.equals(unexpiredUntil.plusDays(1));
    }

    /**
     * The last day of the 观察期 (a period of N days covers the start day through start + N − 1), or null when none
     * applies: the plan has none, or continuous cover waives it.
     */
    public LocalDate waitingLastDay(LocalDate enrollmentStart, int waitingDays) {
        return waitingWaived || continuesEarlierCover() || waitingDays <= 0 ? null
                : startsOn(enrollmentStart).plusDays(waitingDays - 1L);
    }

    /** The last day of cover: the term's, or the date of death after a 减员 for 死亡. */
    public LocalDate endsOn(LocalDate termEnd) {
        return removal == null ? termEnd : removal.coverEnd(termEnd);
    }

    /** The member after 减员; the date lies inside the member's cover, and a member is removed once. */
    public Member removed(Removal change, LocalDate startsOn, LocalDate termEnd) {
        if (removal != null) {
            throw DomainException.conflict("MEMBER_ALREADY_REMOVED", person.name() + "已于" + removal.date() + "减员（"
                    + removal.reason().label() + "），不能重复减员");
        }
        if (change.date().isBefore(startsOn) || change.date().isAfter(termEnd)) {
            throw DomainException.invalid("REMOVAL_DATE_OUTSIDE_COVER", "减员日期应在" + person.name() + "的保障期间内（"
                    + startsOn + "至" + termEnd + "）");
        }
        return new Member(enrollmentId, planCode, key, person, coverageStart, unexpiredUntil, batchId, updatedAt,
                waitingWaived, change);
    }

    /** The member with the 减员 undone. */
    public Member restored() {
        return new Member(enrollmentId, planCode, key, person, coverageStart, unexpiredUntil, batchId, updatedAt,
                waitingWaived, null);
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
