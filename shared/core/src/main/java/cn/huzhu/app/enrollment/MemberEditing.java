package cn.huzhu.app.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.view.MemberView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.roster.PersonInput;
import cn.huzhu.domain.roster.PersonRules;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.domain.roster.RosterScreening;
import cn.huzhu.domain.roster.RowVerdict;

/** 人员详情/修改 and 未到期人员详情/修改: list, search, edit (re-checked by the roster rules) and delete members. */
public final class MemberEditing {
    private final EnrollmentAccess access;
    private final EnrollmentEditor editor;
    private final MemberStore members;
    private final CoverageStore coverage;
    private final Clock clock;

    /**
     * An edit. A null or blank ID number keeps the stored one (lists never show it whole); a null phone keeps the
     * stored phone, an empty one clears it.
     */
    public record Edit(String name, String idType, String idNumber, String gender, String birthDate, String phone,
            String occupation, String note) {
    }

    public MemberEditing(EnrollmentAccess access, EnrollmentEditor editor, MemberStore members, CoverageStore coverage,
            Clock clock) {
        this.access = access;
        this.editor = editor;
        this.members = members;
        this.coverage = coverage;
        this.clock = clock;
    }

    public Page<MemberView> list(Caller caller, String enrollmentId, String planCode, String query, boolean unexpiredOnly,
            String cursor, int limit) {
        Enrollment enrollment = access.load(caller, enrollmentId);
        EnrollmentPlan row = enrollment.requirePlan(planCode);
        Page<Member> page = members.list(enrollmentId, planCode, query, unexpiredOnly, cursor, limit);
        long total = query == null || query.isBlank()
                ? (unexpiredOnly ? row.members().unexpired() : row.members().named())
                : page.total();
        return new Page<>(page.items().stream().map(MemberView::of).toList(), page.next(), total);
    }

    public MemberView update(Caller caller, String enrollmentId, String planCode, String memberKey, Edit edit) {
        Enrollment enrollment = access.loadEditable(caller, enrollmentId);
        EnrollmentPlan row = enrollment.requirePlan(planCode);
        Member current = find(enrollmentId, planCode, memberKey);
        Person was = current.person();
        PersonInput input = new PersonInput(edit.name(), edit.idType() == null ? was.idType().label() : edit.idType(),
                edit.idNumber() == null || edit.idNumber().isBlank() ? was.idNumber() : edit.idNumber(), edit.gender(),
                edit.birthDate(), edit.phone() == null ? was.phone() : edit.phone(), edit.occupation(), edit.note());
        RosterScreening screening = new RosterScreening(List.of(row.chosen()), BusinessDay.today(clock));
        PersonRules.Check check = PersonRules.check(input, BusinessDay.today(clock));
        Map<ActivityType, LocalDate> ends = check.person() == null ? Map.of()
                : coverage.lastDays(List.of(check.person().key()), Set.of(row.chosen().activityType()))
                        .getOrDefault(check.person().key(), Map.of());
        RowVerdict verdict = screening.decide(new RosterRow(0, List.of()), null, check, ends);
        if (!verdict.accepted()) {
            throw DomainException.invalid("MEMBER_INVALID", verdict.reason(), verdict.problems());
        }
        Member updated = Member.placed(enrollmentId, verdict.person(), verdict.placements().get(0), "", clock.instant());
        if (!updated.key().equals(current.key())) {
            if (members.find(enrollmentId, planCode, updated.key()).isPresent()) {
                throw DomainException.conflict("MEMBER_DUPLICATE", "该证件号码的人员已在本保障活动中");
            }
            members.delete(enrollmentId, planCode, current.key());
        }
        members.putAll(List.of(updated));
        editor.system(enrollmentId, e -> e.recordMembers(planCode,
                e.requirePlan(planCode).members().minus(current.stats()).plus(updated.stats())));
        return MemberView.of(updated);
    }

    public void delete(Caller caller, String enrollmentId, String planCode, String memberKey) {
        Enrollment enrollment = access.loadEditable(caller, enrollmentId);
        enrollment.requirePlan(planCode);
        Member current = find(enrollmentId, planCode, memberKey);
        members.delete(enrollmentId, planCode, memberKey);
        editor.system(enrollmentId, e -> e.recordMembers(planCode,
                e.requirePlan(planCode).members().minus(current.stats())));
    }

    private Member find(String enrollmentId, String planCode, String memberKey) {
        return members.find(enrollmentId, planCode, memberKey)
                .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "人员不存在"));
    }
}
