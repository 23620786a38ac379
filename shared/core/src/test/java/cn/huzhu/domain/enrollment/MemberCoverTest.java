package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.roster.Placement;
import cn.huzhu.testing.Catalogs;

/** A member's cover as lists and queries show it: 观察期, 减员 and the status on a day. */
class MemberCoverTest {
    private static final EnrollmentPlan CRITICAL = EnrollmentPlan.chosen(
            new ChosenPlan(Catalogs.CRITICAL_36, "重疾", ActivityType.CRITICAL_ILLNESS), 1);
    private static final EnrollmentPlan ACCIDENT = EnrollmentPlan.chosen(
            new ChosenPlan(Catalogs.ACCIDENT_20, "意外", ActivityType.ACCIDENT), 1);

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
    private static final Instant RECORDED = Instant.parse("2026-05-10T02:00:00Z"); // 10:00 in Beijing
    private final Member member = new Member("e1", "P0201", "k.1", new Person("张三", IdDocumentType.RESIDENT_ID,
            "370203199001011234", Gender.MALE, LocalDate.of(1990, 1, 1), "", Occupation.GENERAL, ""), null, null, "", RECORDED);

    @Test
    void aWaitingPeriodOfNDaysCoversTheStartDayThroughStartPlusNMinusOne() {
        MemberCover cover = MemberCover.of(member, START, CRITICAL);
        assertThat(cover.waitingLastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(cover.waitingOn(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(cover.waitingOn(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(MemberCover.of(member, START, ACCIDENT).waitingLastDay()).isNull();
        Member waived = member.covered(new CoveragePeriod(START, TERM_END), null, START, true);
        assertThat(MemberCover.of(waived, START, CRITICAL).waitingLastDay()).isNull();
        assertThat(waived.covered(new CoveragePeriod(START, TERM_END), null, START, false).waitingWaived())
                .as("a waiver once given stays when the cover is recorded again").isTrue();
    }

    @Test
    void coverContinuingAStillRunningOneHasNoWaitingPeriodAndConfirmingItRewritesNothing() {
        LocalDate earlierEnd = LocalDate.of(2026, 3, 15);
        Member renewing = Member.placed("e1", "k.1", member.person(),
                new Placement("P0201", earlierEnd.plusDays(1), earlierEnd), "b1", RECORDED);
        assertThat(MemberCover.of(renewing, START, CRITICAL).waitingLastDay()).isNull();

        Member confirmed = renewing.covered(new CoveragePeriod(earlierEnd.plusDays(1), TERM_END), earlierEnd, START, true);
        assertThat(confirmed).as("the continuing cover needs no record of its waiver").isEqualTo(renewing);

        Member paidLate = renewing.covered(new CoveragePeriod(START, TERM_END), null, START, false);
        assertThat(paidLate.continuesEarlierCover()).isFalse();
        assertThat(MemberCover.of(paidLate, START, CRITICAL).waitingLastDay())
                .as("the earlier cover ended before this one starts and too long before").isEqualTo(LocalDate.of(2026, 3, 31));
        Member paidWithinTheGap = renewing.covered(new CoveragePeriod(START, TERM_END), null, START, true);
        assertThat(paidWithinTheGap.waitingWaived()).isTrue();
        assertThat(MemberCover.of(paidWithinTheGap, START, CRITICAL).waitingLastDay()).isNull();
    }

    @ParameterizedTest(name = "{0} on {1}: cover ends {2}, on 2026-06-30 {3}")
    @CsvSource({
            "RESIGNED, 2026-05-01, 2026-12-31, ACTIVE",
            "RETIRED, 2026-01-01, 2026-12-31, ACTIVE",
            "TRANSFERRED, 2026-12-31, 2026-12-31, ACTIVE",
            "DECEASED, 2026-06-30, 2026-06-30, ACTIVE",
            "DECEASED, 2026-06-29, 2026-06-29, TERMINATED",
            "DECEASED, 2026-12-31, 2026-12-31, ACTIVE"
    })
    void onlyDeathEndsTheCoverEarly(RemovalReason reason, LocalDate date, LocalDate endsOn, CoverStatus onJune30) {
        Member removed = member.removed(new Removal(reason, date, RECORDED, "u"), START, TERM_END);
        MemberCover cover = MemberCover.of(removed, START, CRITICAL);
        assertThat(cover.endsOn()).isEqualTo(endsOn);
        assertThat(cover.status(LocalDate.of(2026, 6, 30))).isEqualTo(onJune30);
    }

    @Test
    void statusesAcrossTheTerm() {
        MemberCover cover = MemberCover.of(member, START, CRITICAL);
        assertThat(cover.status(START.minusDays(1))).isEqualTo(CoverStatus.NOT_STARTED);
        assertThat(cover.status(START)).isEqualTo(CoverStatus.ACTIVE);
        assertThat(cover.status(TERM_END)).isEqualTo(CoverStatus.ACTIVE);
        assertThat(cover.status(TERM_END.plusDays(1))).isEqualTo(CoverStatus.EXPIRED);
    }

    @Test
    void aRemovalDateLiesInsideTheCoverAndAMemberIsRemovedOnce() {
        assertThatThrownBy(() -> member.removed(new Removal(RemovalReason.RESIGNED, START.minusDays(1), RECORDED, "u"),
                START, TERM_END)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("REMOVAL_DATE_OUTSIDE_COVER"));
        assertThatThrownBy(() -> member.removed(new Removal(RemovalReason.RESIGNED, TERM_END.plusDays(1), RECORDED, "u"),
                START, TERM_END)).hasMessageContaining("2026-01-01至2026-12-31");
        Member removed = member.removed(new Removal(RemovalReason.RESIGNED, START, RECORDED, "u"), START, TERM_END);
        assertThatThrownBy(() -> removed.removed(new Removal(RemovalReason.RETIRED, START, RECORDED, "u"), START, TERM_END))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("MEMBER_ALREADY_REMOVED"));
        assertThat(removed.restored().removal()).isNull();
    }

    @Test
    void theUnitUndoesOnTheSameBeijingDayTheOfficeAlways() {
        Removal removal = new Removal(RemovalReason.RESIGNED, START, RECORDED, "u");
        assertThat(removal.undoableBy(Role.UNIT, Instant.parse("2026-05-10T15:59:59Z"))).isTrue();
        assertThat(removal.undoableBy(Role.UNIT, Instant.parse("2026-05-10T16:00:00Z"))).as("midnight in Beijing").isFalse();
        assertThat(removal.undoableBy(Role.REVIEWER, Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void thePublicLookupShowsCoverEndedWithinTwelveMonths() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(MemberCover.shownPublicly(LocalDate.of(2025, 12, 3), today)).isTrue();
        assertThat(MemberCover.shownPublicly(LocalDate.of(2025, 12, 2), today)).isFalse();
        assertThat(MemberCover.shownPublicly(LocalDate.of(2027, 12, 2), today)).isTrue();
    }
}
