package cn.huzhu.app.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.app.port.Page;
import cn.huzhu.app.view.MemberView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.roster.Placement;
import cn.huzhu.testing.TestIds;
import cn.huzhu.testing.World;

/** 人员详情/修改 and 未到期人员 against the emulators. */
class MemberEditingTest {
    private final World world = new World();
    private final Caller unit = world.newUnit("人员维护测试单位");

    private Member member(Enrollment enrollment, String name, String id, Occupation occupation) {
        Person person = new Person(name, IdDocumentType.RESIDENT_ID, id, Gender.MALE, LocalDate.of(1980, 1, 1),
                "13812345678", occupation, "");
        Member member = Member.placed(enrollment.id(), world.keys.of(IdDocumentType.RESIDENT_ID, id), person,
                new Placement("P0101", LocalDate.now().plusDays(1), null), "b1", world.clock.instant());
        world.stores.members.putAll(List.of(member));
        world.editor.system(enrollment.id(), e -> e.recordMembers("P0101", e.requirePlan("P0101").members().plus(member.stats())));
        return member;
    }

    @Test
    void editsAreCheckedByTheRosterRulesAndKeepTheCountsRight() {
        Enrollment enrollment = world.draft(unit, "P0101");
        String id = TestIds.man(LocalDate.of(1980, 1, 1), 1);
        Member member = member(enrollment, "张三", id, Occupation.GENERAL);
        member(enrollment, "李四", TestIds.man(LocalDate.of(1981, 1, 1), 2), Occupation.GENERAL);

        assertThatThrownBy(() -> world.members.update(unit, enrollment.id(), "P0101", member.key(),
                new MemberEditing.Edit("张三3", null, null, "女", null, "123", "高危职业", "")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details()).extracting(Problem::field)
                        .contains("姓名", "性别", "手机号"));

        MemberView updated = world.members.update(unit, enrollment.id(), "P0101", member.key(),
                new MemberEditing.Edit("张三丰", null, null, null, null, null, "高危职业", "组长"));
        assertThat(updated.key()).isEqualTo(member.key());
        assertThat(updated.phoneMasked()).isEqualTo("138****5678");
        assertThat(world.stores.enrollments.find(enrollment.id()).orElseThrow().requirePlan("P0101").members())
                .isEqualTo(new MemberStats(2, 1, 0));

        String newId = TestIds.man(LocalDate.of(1979, 6, 6), 3);
        MemberView moved = world.members.update(unit, enrollment.id(), "P0101", member.key(),
                new MemberEditing.Edit("张三丰", "居民身份证", newId, null, null, "", "一般职业", ""));
        assertThat(moved.key()).isNotEqualTo(member.key());
        assertThat(world.stores.members.find(enrollment.id(), "P0101", member.key())).isEmpty();
        assertThat(world.stores.members.find(enrollment.id(), "P0101", moved.key()).orElseThrow().person().phone()).isEmpty();
        assertThat(world.stores.enrollments.find(enrollment.id()).orElseThrow().requirePlan("P0101").members())
                .isEqualTo(new MemberStats(2, 0, 0));

        String liKey = world.members.list(unit, enrollment.id(), "P0101", "李四", false, null, 10).items().get(0).key();
        assertThatThrownBy(() -> world.members.update(unit, enrollment.id(), "P0101", liKey,
                new MemberEditing.Edit("李四", null, newId, null, null, null, null, "")))
                .hasMessageContaining("已在本保障活动中");

        world.members.delete(unit, enrollment.id(), "P0101", liKey);
        assertThat(world.stores.enrollments.find(enrollment.id()).orElseThrow().requirePlan("P0101").members().named())
                .isEqualTo(1);
    }

    @Test
    void listsPageBySearchAndShowUnexpiredMembersWhoseCoverStartsLater() {
        Enrollment enrollment = world.draft(unit, "P0101");
        for (int i = 0; i < 25; i++) {
            member(enrollment, "员工" + (char) ('甲' + i), TestIds.man(LocalDate.of(1980, 1, 1).plusDays(i), i), Occupation.GENERAL);
        }
        Page<MemberView> first = world.members.list(unit, enrollment.id(), "P0101", "", false, null, 10);
        assertThat(first.items()).hasSize(10);
        assertThat(first.total()).isEqualTo(25);
        assertThat(world.members.list(unit, enrollment.id(), "P0101", "", false, first.next(), 10).items()).hasSize(10);

        String covered = TestIds.man(LocalDate.of(1975, 5, 5), 9);
        LocalDate ends = BusinessDay.today(world.clock).plusMonths(3);
        world.stores.coverage.record(new Coverage(ActivityType.HOSPITAL,
                world.keys.of(IdDocumentType.RESIDENT_ID, covered), ends.minusYears(1).plusDays(1),
                ends, "earlier", "P0101"));
        Member target = member(enrollment, "老会员", TestIds.man(LocalDate.of(1976, 6, 6), 9), Occupation.GENERAL);
        MemberView edited = world.members.update(unit, enrollment.id(), "P0101", target.key(),
                new MemberEditing.Edit("老会员", null, covered, null, null, null, null, ""));
        assertThat(edited.unexpiredUntil()).isEqualTo(ends);
        assertThat(edited.coverageStart()).isEqualTo(ends.plusDays(1));
        Page<MemberView> unexpired = world.members.list(unit, enrollment.id(), "P0101", "", true, null, 10);
        assertThat(unexpired.items()).extracting(MemberView::name).containsExactly("老会员");
        assertThat(unexpired.total()).isEqualTo(1);
    }

    @Test
    void membersOfAnotherUnitAreOutOfReach() {
        Enrollment enrollment = world.draft(unit, "P0101");
        Member member = member(enrollment, "张三", TestIds.man(LocalDate.of(1980, 1, 1), 1), Occupation.GENERAL);
        Caller stranger = world.newUnit("别的单位");
        assertThatThrownBy(() -> world.members.list(stranger, enrollment.id(), "P0101", "", false, null, 10))
                .hasMessage("参保单不存在");
        assertThatThrownBy(() -> world.members.delete(stranger, enrollment.id(), "P0101", member.key()))
                .hasMessage("参保单不存在");
        assertThat(world.stores.members.find(enrollment.id(), "P0101", member.key())).isPresent();
    }
}
