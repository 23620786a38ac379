package cn.huzhu.app.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.app.change.Additions;
import cn.huzhu.app.change.RunningCovers;
import cn.huzhu.app.enrollment.RosterLocks.CountChange;
import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.view.MemberView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.roster.PersonInput;
import cn.huzhu.domain.roster.PersonRules;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.domain.roster.RosterScreening;
import cn.huzhu.domain.roster.RowVerdict;

/**
 * 人员详情/修改 and 未到期人员详情/修改: list, search, edit (re-checked by the roster rules) and delete members. Each change
 * holds the plan's roster (see {@link RosterLocks}), so parallel edits never lose a member or miscount one.
 */
public final class MemberEditing {
    private final EnrollmentAccess access;
    private final RosterLocks locks;
    private final MemberStore members;
    private final CoverageStore coverage;
    private final RunningCovers runningCovers;
    private final SettingsStore settings;
    private final PersonKeys keys;
    private final Clock clock;

    /**
     * An edit. A null or blank ID number keeps the stored one (lists never show it whole); a null phone keeps the
     * stored phone, an empty one clears it; a null 入职日期 keeps the stored one.
     */
    public record Edit(String name, String idType, String idNumber, String gender, String birthDate, String phone,
            String occupation, String note, String hiredOn) {

        /** An edit that leaves the 入职日期 as stored. */
        public Edit(String name, String idType, String idNumber, String gender, String birthDate, String phone,
                String occupation, String note) {
            this(name, idType, idNumber, gender, birthDate, phone, occupation, note, null);
        }
    }

    public MemberEditing(EnrollmentAccess access, RosterLocks locks, MemberStore members, CoverageStore coverage,
            RunningCovers runningCovers, SettingsStore settings, PersonKeys keys, Clock clock) {
        this.access = access;
        this.locks = locks;
        this.members = members;
        this.coverage = coverage;
        this.runningCovers = runningCovers;
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
    }

    /** A page of members; a query that looks like a whole ID number finds that person by key, else names match. */
    public Page<MemberView> list(Caller caller, String enrollmentId, String planCode, String query, boolean unexpiredOnly,
            String cursor, int limit) {
        Enrollment enrollment = access.load(caller, enrollmentId);
        EnrollmentPlan row = enrollment.requirePlan(planCode);
        LocalDate today = BusinessDay.today(clock);
        String text = query == null ? "" : query.trim();
        LocalDate start = MemberView.startOf(enrollment, today);
        if (IdDocumentType.looksLikeNumber(text)) {
            List<MemberView> found = members.findAll(enrollmentId, planCode, keys.candidates(text)).stream()
                    .filter(member -> !unexpiredOnly || member.unexpired()).map(member -> MemberView.of(member, today, start, row))
                    .toList();
            return new Page<>(found, null, found.size());
        }
        Page<Member> page = members.list(enrollmentId, planCode, text, unexpiredOnly, cursor, limit);
        long total = text.isEmpty() ? (unexpiredOnly ? row.members().unexpired() : row.members().named()) : page.total();
        return new Page<>(page.items().stream().map(member -> MemberView.of(member, today, start, row)).toList(), page.next(),
                total);
    }

    public MemberView.Detail detail(Caller caller, String enrollmentId, String planCode, String memberKey) {
        Enrollment enrollment = access.load(caller, enrollmentId);
        EnrollmentPlan row = enrollment.requirePlan(planCode);
        LocalDate today = BusinessDay.today(clock);
        return MemberView.Detail.of(find(enrollmentId, planCode, memberKey), today, MemberView.startOf(enrollment, today), row);
    }

    public MemberView update(Caller caller, String enrollmentId, String planCode, String memberKey, Edit edit) {
        RosterLocks.Hold hold = locks.forEdit(caller, enrollmentId, planCode);
        CountChange change = CountChange.NONE;
        try {
            Enrollment enrollment = access.loadEditable(caller, enrollmentId);
            EnrollmentPlan row = enrollment.requirePlan(planCode);
            Member current = find(enrollmentId, planCode, memberKey);
            Member updated = checked(enrollment, row, input(current.person(), edit));
            if (updated.key().equals(current.key())) {
                MemberStats replaced = members.put(updated).map(Member::stats).orElse(MemberStats.NONE);
                change = new CountChange(replaced, updated.stats());
            } else {
                if (!members.insert(updated)) {
                    throw DomainException.conflict("MEMBER_DUPLICATE", "该证件号码的人员已在本保障活动中");
                }
                MemberStats removed = members.remove(enrollmentId, planCode, current.key()).map(Member::stats)
                        .orElse(MemberStats.NONE);
                change = new CountChange(removed, updated.stats());
            }
            LocalDate today = BusinessDay.today(clock);
            return MemberView.of(updated, today, MemberView.startOf(enrollment, today), row);
        } finally {
            locks.release(hold, Map.of(planCode, change));
        }
    }

    /**
     * 新增人员: one person typed in, added to a plan through the same rules as a roster row (a 增员's too); refused with
     * every reason, or when the person is in the plan already.
     */
    public MemberView add(Caller caller, String enrollmentId, String planCode, Edit edit) {
        RosterLocks.Hold hold = locks.forEdit(caller, enrollmentId, planCode);
        CountChange change = CountChange.NONE;
        try {
            Enrollment enrollment = access.loadEditable(caller, enrollmentId);
            EnrollmentPlan row = enrollment.requirePlan(planCode);
            Member added = checked(enrollment, row, input(null, edit));
            if (!members.insert(added)) {
                throw DomainException.conflict("MEMBER_DUPLICATE", "该证件号码的人员已在本保障活动中");
            }
            change = new CountChange(MemberStats.NONE, added.stats());
            LocalDate today = BusinessDay.today(clock);
            return MemberView.of(added, today, MemberView.startOf(enrollment, today), row);
        } finally {
            locks.release(hold, Map.of(planCode, change));
        }
    }

    /** The edit as the rules read it: what it leaves out stays as {@code was} has it ({@code was} null: a new person). */
    private static PersonInput input(Person was, Edit edit) {
        if (was == null) {
            return new PersonInput(edit.name(), edit.idType(), edit.idNumber(), edit.gender(), edit.birthDate(),
                    edit.phone(), edit.occupation(), edit.note(), edit.hiredOn() == null ? "" : edit.hiredOn());
        }
        return new PersonInput(edit.name(), edit.idType() == null ? was.idType().label() : edit.idType(),
                edit.idNumber() == null || edit.idNumber().isBlank() ? was.idNumber() : edit.idNumber(), edit.gender(),
                edit.birthDate(), edit.phone() == null ? was.phone() : edit.phone(), edit.occupation(), edit.note(),
                edit.hiredOn() != null ? edit.hiredOn() : was.hiredOn() == null ? "" : was.hiredOn().toString());
    }

    /** The person through the same rules as a roster row; refused with every reason. */
    private Member checked(Enrollment enrollment, EnrollmentPlan row, PersonInput input) {
        LocalDate today = BusinessDay.today(clock);
        RosterScreening.Addition addition = Additions.screening(enrollment, settings.get(enrollment.orgCode()));
        RosterScreening screening = new RosterScreening(List.of(row.chosen()), keys, today, addition);
        RosterScreening.Identified who = screening.identified(PersonRules.check(input, today));
        Set<ActivityType> type = Set.of(row.chosen().activityType());
        Map<ActivityType, LocalDate> ends = who.key() == null ? Map.of()
                : (addition == null ? coverage.lastDays(List.of(who.key()), type)
                        : runningCovers.lastDays(List.of(who.key()), type, screening.plannedEffectiveDate()))
                        .getOrDefault(who.key(), Map.of());
        RowVerdict verdict = screening.decide(new RosterRow(0, List.of()), who, ends);
        if (!verdict.accepted()) {
            throw DomainException.invalid("MEMBER_INVALID", verdict.reason(), verdict.problems());
        }
        return Member.placed(enrollment.id(), verdict.personKey(), verdict.person(), verdict.placements().get(0), "",
                clock.instant());
    }

    public void delete(Caller caller, String enrollmentId, String planCode, String memberKey) {
        RosterLocks.Hold hold = locks.forEdit(caller, enrollmentId, planCode);
        CountChange change = CountChange.NONE;
        try {
            MemberStats removed = members.remove(enrollmentId, planCode, memberKey).map(Member::stats)
                    .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "人员不存在"));
            change = new CountChange(removed, MemberStats.NONE);
        } finally {
            locks.release(hold, Map.of(planCode, change));
        }
    }

    private Member find(String enrollmentId, String planCode, String memberKey) {
        return members.find(enrollmentId, planCode, memberKey)
                .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "人员不存在"));
    }
}
