package cn.huzhu.app.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.ses.SesMailer;
import cn.huzhu.app.port.MailLog;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.view.ToDos;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.World;

/** 续保提醒 and the unit's 待办, on the emulators, with the day moved towards the end of cover. */
class RenewalRemindersTest {
    private final World world = new World();
    private final String org = "7" + ThreadLocalRandom.current().nextInt(100, 999);
    private final Caller unit = world.newUnit("提醒单位", org);
    private final Enrollment confirmed = world.confirmedWomen(unit, World.women(2));
    private final LocalDate ends = confirmed.coverEnds().orElseThrow();

    private RenewalReminders on(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.UTC);
        UnitNotifier notifier = new UnitNotifier(SesMailer.create(world.aws), world.stores.mails, world.stores.units,
                world.stores.settings, world.ids, clock);
        return new RenewalReminders(world.stores.enrollments, world.stores.settings, notifier, world.stores.idempotency, clock);
    }

    private List<String> reminders() {
        return world.stores.mails.forEnrollment(confirmed.id()).stream().map(MailLog.Entry::kind)
                .filter(kind -> kind.startsWith("RENEWAL_REMINDER")).sorted().toList();
    }

    @Test
    void eachThresholdIsMailedOnceHoweverOftenTheJobRuns() {
        assertThat(on(ends.minusDays(90)).run(org).sent()).isZero();
        assertThat(on(ends.minusDays(45)).run(org).sent()).isEqualTo(1);
        assertThat(on(ends.minusDays(45)).run(org).sent()).as("the same day again").isZero();
        List<CompletableFuture<Integer>> parallel = List.of(
                CompletableFuture.supplyAsync(() -> on(ends.minusDays(25)).run(org).sent()),
                CompletableFuture.supplyAsync(() -> on(ends.minusDays(25)).run(org).sent()));
        assertThat(parallel.stream().mapToInt(CompletableFuture::join).sum()).as("two containers at once").isEqualTo(1);
        assertThat(on(ends.minusDays(20)).run(org).sent()).isZero();
        assertThat(reminders()).containsExactly("RENEWAL_REMINDER_30", "RENEWAL_REMINDER_60");
        assertThat(SesStore.to(world.emailOf(unit))).filteredOn(m -> m.subject().contains("请及时续保")).hasSize(2)
                .allSatisfy(m -> assertThat(m.body()).contains(confirmed.applicationNo(), ends.toString()));
        assertThat(world.stores.mails.forEnrollment(confirmed.id())).filteredOn(m -> m.kind().startsWith("RENEWAL"))
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(MailLog.Status.SENT));
    }

    @Test
    void aSubmittedRenewalStopsTheReminders() {
        Enrollment renewal = world.readyToSubmit(unit);
        world.lifecycle.submit(unit, renewal.id());
        world.stores.enrollments.markRenewal(confirmed.id(), renewal.id(), null);
        assertThat(on(ends.minusDays(5)).run(org).sent()).isZero();
        assertThat(reminders()).isEmpty();
    }

    @Test
    void theUnitsToDosLeadToWhatWaits() {
        Clock late = Clock.fixed(ends.minusDays(10).atTime(9, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.UTC);
        ToDos todos = new ToDos(world.stores.enrollments, world.stores.arrivals, world.stores.corrections,
                world.stores.settings, late);
        Enrollment returned = world.readyToSubmit(unit);
        world.lifecycle.submit(unit, returned.id());
        world.lifecycle.returnToUnit(new Caller("r", Role.REVIEWER, null, org), returned.id(), "缺少在职人数证明");
        Enrollment approved = world.approved(unit, "P0501", 1, World.women(1));

        List<ToDos.ToDo> listed = todos.forUnit(unit);

        assertThat(listed).extracting(ToDos.ToDo::kind).containsExactlyInAnyOrder("RETURNED", "INVOICES", "CONFIRMATION");
        assertThat(listed).filteredOn(t -> t.kind().equals("RETURNED")).singleElement()
                .satisfies(t -> assertThat(t.detail()).contains("缺少在职人数证明"));
        assertThat(listed).filteredOn(t -> t.kind().equals("INVOICES")).singleElement()
                .satisfies(t -> assertThat(t.params()).containsEntry("id", approved.id()));
        assertThat(todos.forUnit(world.newUnit("别的单位", org))).isEmpty();
    }
}
