package cn.huzhu.app.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.change.ChangeKind;
import cn.huzhu.domain.change.ChangeRecord;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.RemovalReason;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.testing.World;

/** 减员 on the stored members: all or nothing, once per member however many ask at once, undone by the rules. */
class RemovalsTest {
    private final World world = new World();
    private final Removals removals = removals(world.clock);
    private final LocalDate today = BusinessDay.today(world.clock);

    private Removals removals(Clock clock) {
        return new Removals(new EnrollmentAccess(world.stores.enrollments), world.stores.members, world.stores.changes,
                world.stores.coverage, new Ids(clock), clock);
    }

    private String key(Person p) {
        return world.keys.of(p.idType(), p.idNumber());
    }

    private Member stored(Enrollment e, Person p) {
        return world.stores.members.find(e.id(), "P0501", key(p)).orElseThrow();
    }

    @Test
    void removedMembersKeepTheirCoverUnlessDeceasedAndEveryRemovalIsInTheChangeLog() {
        Caller unit = world.newUnit("减员单位");
        List<Person> women = World.women(3);
        Enrollment e = world.confirmedWomen(unit, women);
        LocalDate start = today.plusDays(1);

        removals.remove(unit, e.id(), new Removals.Request(List.of(key(women.get(0))), "离职", start.plusDays(3).toString()));
        removals.remove(unit, e.id(), new Removals.Request(List.of(key(women.get(1))), "DECEASED", start.plusDays(5).toString()));

        assertThat(stored(e, women.get(0)).removal().reason()).isEqualTo(RemovalReason.RESIGNED);
        assertThat(stored(e, women.get(1)).endsOn(start.plusMonths(24).minusDays(1))).isEqualTo(start.plusDays(5));
        assertThat(stored(e, women.get(2)).removal()).isNull();
        List<ChangeRecord> log = world.stores.changes.forUnit(unit.unitId(), null, 10).items();
        assertThat(log).extracting(ChangeRecord::kind).containsExactly(ChangeKind.REMOVAL, ChangeKind.REMOVAL);
        assertThat(log.get(0).detail()).contains("死亡", "保障至当日");
        assertThat(log.get(1).personName()).isEqualTo(women.get(0).name());
        assertThat(world.stores.changes.count(e.id())).isEqualTo(2);
        assertThat(world.stores.coverage.latest(List.of(key(women.get(1))), ActivityType.FEMALE_DISEASE)
                .get(key(women.get(1))).endsOn()).as("the cover record ends with the death").isEqualTo(start.plusDays(5));

        removals.restore(unit, e.id(), key(women.get(1)));
        assertThat(world.stores.coverage.latest(List.of(key(women.get(1))), ActivityType.FEMALE_DISEASE)
                .get(key(women.get(1))).endsOn()).as("undone: the term's end again").isEqualTo(start.plusMonths(24).minusDays(1));
    }

    @Test
    void aBadRequestChangesNothing() {
        Caller unit = world.newUnit("减员校验单位");
        List<Person> women = World.women(2);
        Enrollment e = world.confirmedWomen(unit, women);
        String first = key(women.get(0));
        String date = today.plusDays(2).toString();
        assertCode(() -> removals.remove(unit, e.id(), null), "REMOVAL_INVALID");
        assertCode(() -> removals.remove(unit, e.id(), new Removals.Request(List.of(), "离职", date)), "REMOVAL_MEMBERS_REQUIRED");
        assertCode(() -> removals.remove(unit, e.id(), new Removals.Request(List.of(first), "辞退", date)), "REMOVAL_REASON_INVALID");
        assertCode(() -> removals.remove(unit, e.id(), new Removals.Request(List.of(first), "离职", "2026-02-30")), "REMOVAL_DATE_INVALID");
        assertCode(() -> removals.remove(unit, e.id(), new Removals.Request(List.of(first), "离职", today.toString())),
                "REMOVAL_DATE_OUTSIDE_COVER");
        assertCode(() -> removals.remove(unit, e.id(), new Removals.Request(List.of(first, "k.nobody"), "离职", date)),
                "MEMBER_NOT_FOUND");
        assertCode(() -> removals.remove(world.newUnit("别的单位"), e.id(), new Removals.Request(List.of(first), "离职", date)),
                "ENROLLMENT_NOT_FOUND");
        assertCode(() -> removals.remove(world.finance, e.id(), new Removals.Request(List.of(first), "离职", date)),
                "ROLE_NOT_ALLOWED");
        assertThat(stored(e, women.get(0)).removal()).isNull();
        assertThat(world.stores.changes.count(e.id())).isZero();

        Enrollment unpaid = world.approved(unit, "P0501", 1, World.women(1));
        assertCode(() -> removals.remove(unit, unpaid.id(), new Removals.Request(List.of(first), "离职", date)),
                "COVER_NOT_RECORDED");
    }

    @Test
    void parallelRemovalsOfOneMemberRemoveItOnce() throws Exception {
        Caller unit = world.newUnit("并发减员单位");
        List<Person> women = World.women(1);
        Enrollment e = world.confirmedWomen(unit, women);
        Removals.Request request = new Removals.Request(List.of(key(women.get(0))), "离职", today.plusDays(1).toString());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Boolean> attempt = () -> {
                    try {
                        removals.remove(unit, e.id(), request);
                        return true;
                    } catch (DomainException refused) {
                        assertThat(refused.code()).isIn("MEMBER_ALREADY_REMOVED", "MEMBER_CHANGED");
                        return false;
                    }
                };
                answers.add(pool.submit(attempt));
            }
            long succeeded = 0;
            for (Future<Boolean> answer : answers) {
                succeeded += answer.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(world.stores.changes.count(e.id())).isEqualTo(1);
    }

    @Test
    void theUnitUndoesOnTheSameDayOnlyTheOfficeLater() {
        Caller unit = world.newUnit("撤销减员单位");
        List<Person> women = World.women(2);
        Enrollment e = world.confirmedWomen(unit, women);
        Removals.Request request = new Removals.Request(List.of(key(women.get(0)), key(women.get(1))), "调出",
                today.plusDays(1).toString());
        removals.remove(unit, e.id(), request);

        removals.restore(unit, e.id(), key(women.get(0)));
        assertThat(stored(e, women.get(0)).removal()).isNull();
        assertCode(() -> removals.restore(unit, e.id(), key(women.get(0))), "MEMBER_NOT_REMOVED");

        Removals tomorrow = removals(Clock.offset(world.clock, Duration.ofDays(1)));
        assertCode(() -> tomorrow.restore(unit, e.id(), key(women.get(1))), "REMOVAL_UNDO_EXPIRED");
        Caller reviewer = new Caller(world.reviewer.username(), world.reviewer.role(), null, unit.orgCode());
        tomorrow.restore(reviewer, e.id(), key(women.get(1)));
        assertThat(stored(e, women.get(1)).removal()).isNull();
        assertThat(world.stores.changes.forUnit(unit.unitId(), null, 10).items()).extracting(ChangeRecord::kind)
                .containsExactly(ChangeKind.REMOVAL_UNDONE, ChangeKind.REMOVAL_UNDONE, ChangeKind.REMOVAL, ChangeKind.REMOVAL);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
