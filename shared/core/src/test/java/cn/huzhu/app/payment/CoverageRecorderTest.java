package cn.huzhu.app.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.huzhu.app.invoice.InvoiceEntry;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.invoice.InvoiceForm;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.testing.World;

/** Coverage fixed at confirmation: from the next day, or after an earlier cover still running; the same on a rerun. */
class CoverageRecorderTest {
    private final World world = new World();
    private final CoverageRecorder recorder = new CoverageRecorder(world.stores.members, world.stores.coverage, world.editor, world.stores.settings,
            world.stores.changes);
    private final LocalDate today = BusinessDay.today(world.clock);

    private Enrollment confirmed(Caller unit, List<Person> women) {
        Enrollment e = world.approved(unit, "P0501", 1, women);
        InvoiceEntry entry = world.invoicing();
        entry.add(unit, e.id(), new InvoiceForm("会员自付", "某工会", null, "", null, "a@b.cn", "",
                List.of(new InvoiceForm.Line("P0501", women.size(), "25", "")), null));
        entry.submit(unit, e.id());
        world.payments().confirm(world.finance, e.id(), new PaymentConfirmation.Form(
                Integer.toString(25 * women.size()), today, "B"));
        return world.stores.enrollments.find(e.id()).orElseThrow();
    }

    @Test
    void eachMemberIsCoveredForThePlansTermAndEarlierCoverIsRespected() {
        List<Person> women = World.women(3);
        String stillCovered = world.keys.of(women.get(2).idType(), women.get(2).idNumber());
        LocalDate earlierEnd = today.plusDays(40);
        world.stores.coverage.record(new Coverage(ActivityType.FEMALE_DISEASE, stillCovered, today.minusMonths(23), earlierEnd,
                "older-enrollment", "P0501"));
        Enrollment e = confirmed(world.newUnit("保障期单位"), women);

        assertThat(recorder.record(e, () -> { })).isEqualTo(3);
        Map<String, Coverage> stored = world.stores.coverage.latest(women.stream()
                .map(p -> world.keys.of(p.idType(), p.idNumber())).toList(), ActivityType.FEMALE_DISEASE);
        String first = world.keys.of(women.get(0).idType(), women.get(0).idNumber());
        assertThat(stored.get(first).startsOn()).isEqualTo(today.plusDays(1));
        assertThat(stored.get(first).endsOn()).isEqualTo(today.plusDays(1).plusMonths(24).minusDays(1));
        assertThat(stored.get(first).enrollmentId()).isEqualTo(e.id());
        assertThat(stored.get(stillCovered).startsOn()).isEqualTo(earlierEnd.plusDays(1));
        Member late = world.stores.members.find(e.id(), "P0501", stillCovered).orElseThrow();
        assertThat(late.coverageStart()).isEqualTo(earlierEnd.plusDays(1));
        assertThat(late.unexpiredUntil()).isEqualTo(earlierEnd);
        int days = e.requirePlan("P0501").plan().waitingDays();
        assertThat(late.waitingLastDay(today.plusDays(1), days)).as("continuous cover: no 观察期").isNull();
        assertThat(world.stores.members.find(e.id(), "P0501", first).orElseThrow().waitingLastDay(today.plusDays(1), days))
                .isEqualTo(today.plusDays(days));
        assertThat(world.stores.enrollments.find(e.id()).orElseThrow().requirePlan("P0501").members().unexpired()).isEqualTo(1);

        recorder.record(world.stores.enrollments.find(e.id()).orElseThrow(), () -> { });
        Map<String, Coverage> again = world.stores.coverage.latest(stored.keySet(), ActivityType.FEMALE_DISEASE);
        assertThat(again).isEqualTo(stored);
        assertThat(world.stores.members.find(e.id(), "P0501", stillCovered).orElseThrow().coverageStart())
                .isEqualTo(earlierEnd.plusDays(1));
    }

    @Test
    void aLongRunningEarlierCoverPushesTheStartOutAndAnEarlierEndNeverReplacesALaterOne() {
        List<Person> women = World.women(1);
        String key = world.keys.of(women.get(0).idType(), women.get(0).idNumber());
        LocalDate farEnd = today.plusYears(5);
        Enrollment e = confirmed(world.newUnit("更晚保障单位"), women);
        world.stores.coverage.record(new Coverage(ActivityType.FEMALE_DISEASE, key, today, farEnd, "other", "P0501"));
        recorder.record(e, () -> { });
        Coverage kept = world.stores.coverage.latest(List.of(key), ActivityType.FEMALE_DISEASE).get(key);
        assertThat(kept.startsOn()).isEqualTo(farEnd.plusDays(1));
        assertThat(kept.endsOn()).isEqualTo(farEnd.plusDays(1).plusMonths(24).minusDays(1));
        world.stores.coverage.record(new Coverage(ActivityType.FEMALE_DISEASE, key, today, today.plusYears(1), "x", "P0501"));
        assertThat(world.stores.coverage.latest(List.of(key), ActivityType.FEMALE_DISEASE).get(key)).isEqualTo(kept);
    }

    @Test
    void earlierCoverEndingAtMostThirtyDaysBeforeWaivesTheWaitingPeriodAndTheWaiverSurvivesARerun() {
        List<Person> women = World.women(3);
        List<String> keys = women.stream().map(p -> world.keys.of(p.idType(), p.idNumber())).toList();
        LocalDate start = today.plusDays(1);
        world.stores.coverage.record(new Coverage(ActivityType.FEMALE_DISEASE, keys.get(1), start.minusYears(2),
                start.minusDays(31), "thirty-days-gap", "P0501"));
        world.stores.coverage.record(new Coverage(ActivityType.FEMALE_DISEASE, keys.get(2), start.minusYears(2),
                start.minusDays(32), "thirty-one-days-gap", "P0501"));
        Enrollment e = confirmed(world.newUnit("观察期单位"), women);

        recorder.record(e, () -> { });
        recorder.record(world.stores.enrollments.find(e.id()).orElseThrow(), () -> { });

        int days = e.requirePlan("P0501").plan().waitingDays();
        assertThat(days).isEqualTo(90);
        List<LocalDate> waiting = keys.stream().map(key -> world.stores.members.find(e.id(), "P0501", key).orElseThrow()
                .waitingLastDay(start, days)).toList();
        assertThat(waiting).containsExactly(start.plusDays(89), null, start.plusDays(89));
    }
}
