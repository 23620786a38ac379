package cn.huzhu.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.huzhu.api.Env;
import cn.huzhu.app.enrollment.RenewEnrollment;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.roster.RenewalRosters;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.testing.Events;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.TestIds;
import cn.huzhu.testing.World;

/**
 * 续保 end to end through the import function: the confirmed enrollment's members are written as rosters, imported
 * under today's rules (one is now too old), and the ones still covered come out 未到期.
 */
class RenewalTest {
    private static final Env ENV = TestAws.function("RosterImportFunction");
    private static final RosterImportHandler HANDLER = new RosterImportHandler(ENV);
    private final World world = new World();
    private final LocalDate today = BusinessDay.today(world.clock);
    private final RenewEnrollment renew = new RenewEnrollment(world.stores.enrollments, world.planChoice,
            world.stores.batches, world.stores.sequences, world.stores.settings, world.files, world.ids, world.clock);

    private static JsonNode deliver(String key, long size) {
        ObjectNode event = Events.load(key.startsWith(RenewalRosters.PREFIX) ? "s3-renewal-started.json" : "s3-roster-created.json");
        ObjectNode s3 = (ObjectNode) event.get("Records").get(0).get("s3");
        ((ObjectNode) s3.get("bucket")).put("name", TestAws.all().require("UPLOAD_BUCKET"));
        ((ObjectNode) s3.get("object")).put("key", key).put("size", size).put("eTag", "renewal");
        return Events.invoke(HANDLER, event);
    }

    @Test
    void theSameMembersAreJudgedAgainAndTheStillCoveredComeOutUnexpired() {
        Caller unit = world.newUnit("续保单位");
        List<Person> women = new ArrayList<>(World.women(3));
        LocalDate turning61 = today.minusYears(61).plusDays(1);
        // joined at 60; by the renewal's effective date she is past the plan's age limit
        women.add(new Person("年满六十一", IdDocumentType.RESIDENT_ID, TestIds.woman(turning61, 7), Gender.FEMALE, turning61,
                "", Occupation.GENERAL, ""));
        Enrollment old = world.confirmedWomen(unit, women);

        // the day after confirmation everyone is covered for two more years: the unit is told before anything is made
        assertThatThrownBy(() -> renew.renew(unit, old.id(), false)).isInstanceOf(DomainException.class)
                .hasMessageContaining("距今还有").hasMessageContaining("未到期").extracting("code").isEqualTo("RENEWAL_EARLY");
        assertThat(world.stores.enrollments.renewalOf(old.id())).isEmpty();
        Enrollment draft = renew.renew(unit, old.id(), true);
        assertThat(draft.businessType()).isEqualTo(BusinessType.RENEWAL);
        assertThat(draft.origin()).isEqualTo(old.id());
        assertThat(draft.state()).isEqualTo(EnrollmentState.DRAFT);
        assertThat(draft.requirePlan("P0501").shares()).isEqualTo(2);
        assertThat(draft.employeeCount()).isEqualTo(old.employeeCount());
        assertThatThrownBy(() -> renew.renew(unit, old.id(), true)).hasMessageContaining("已发起续保").hasMessageContaining(
                draft.applicationNo());

        String job = RenewalRosters.PREFIX + draft.id() + ".json";
        assertThat(deliver(job, 100).get(0).asText()).isEqualTo("RENEWAL_ROSTERS_WRITTEN");
        ImportBatch batch = world.stores.batches.forEnrollment(draft.id()).get(0);
        long size = world.files.size(Bucket.UPLOADS, batch.fileKey()).orElseThrow();
        assertThat(deliver(batch.fileKey(), size).get(0).asText()).isEqualTo("IMPORTED");

        ImportBatch done = world.stores.batches.find(draft.id(), batch.id()).orElseThrow();
        assertThat(done.fileName()).contains(old.applicationNo());
        assertThat(List.of(done.total(), done.succeeded(), done.failed())).containsExactly(4, 3, 1);
        assertThat(done.failedRowsKey()).isNotNull();
        List<Member> renewed = world.stores.members.list(draft.id(), "P0501", "", false, null, 10).items();
        assertThat(renewed).extracting(m -> m.person().name()).containsExactlyInAnyOrder(women.get(0).name(),
                women.get(1).name(), women.get(2).name());
        Member before = world.stores.members.find(old.id(), "P0501", renewed.get(0).key()).orElseThrow();
        LocalDate coveredUntil = before.startsOn(old.settlement().confirmation().effectiveOn()).plusMonths(24).minusDays(1);
        assertThat(renewed).allSatisfy(m -> {
            assertThat(m.unexpiredUntil()).isEqualTo(coveredUntil);
            assertThat(m.coverageStart()).isEqualTo(coveredUntil.plusDays(1));
        });
        assertThat(world.stores.enrollments.find(draft.id()).orElseThrow().requirePlan("P0501").members().unexpired())
                .isEqualTo(3);
    }

    private RenewEnrollment renewOn(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneOffset.UTC);
        return new RenewEnrollment(world.stores.enrollments, world.planChoice, world.stores.batches, world.stores.sequences,
                world.stores.settings, world.files, world.ids, clock);
    }

    @Test
    void withinTheWarningDaysTheUnitRenewsWithoutBeingAskedAndADayEarlierItIsAsked() {
        Caller unit = world.newUnit("续保提醒单位");
        Enrollment old = world.confirmedWomen(unit, World.women(2));
        LocalDate end = old.settlement().confirmation().endsOn(old.requirePlan("P0501").plan().termMonths());
        assertThatThrownBy(() -> renewOn(end.minusDays(61)).renew(unit, old.id(), false)).isInstanceOf(DomainException.class)
                .hasMessageContaining("距今还有61天").extracting("code").isEqualTo("RENEWAL_EARLY");
        assertThat(renewOn(end.minusDays(60)).renew(unit, old.id(), false).businessType()).isEqualTo(BusinessType.RENEWAL);
    }

    @Test
    void onlyAConfirmedEnrollmentRenewsAndACancelledRenewalMayBeStartedAgain() {
        Caller unit = world.newUnit("续保规则单位");
        Enrollment approved = world.approved(unit, "P0501", 1, World.women(2));
        assertThatThrownBy(() -> renew.renew(unit, approved.id(), true)).hasMessageContaining("确认收款后才能续保");
        Enrollment old = world.confirmedWomen(world.newUnit("续保作废单位"), World.women(2));
        Caller owner = new Caller("op-" + old.unitId(), cn.huzhu.domain.account.Role.UNIT, old.unitId(), "1503");
        assertThatThrownBy(() -> renew.renew(world.newUnit("旁人"), old.id(), true)).hasMessageContaining("不存在");
        Enrollment first = renew.renew(owner, old.id(), true);
        world.lifecycle.cancel(owner, first.id());
        Enrollment second = renew.renew(owner, old.id(), true);
        assertThat(second.id()).isNotEqualTo(first.id());
    }
}
