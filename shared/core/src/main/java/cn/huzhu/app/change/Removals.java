package cn.huzhu.app.change;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.ChangeLog;
import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.change.ChangeKind;
import cn.huzhu.domain.change.ChangeRecord;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberCover;
import cn.huzhu.domain.enrollment.Removal;
import cn.huzhu.domain.enrollment.RemovalReason;

/**
 * 减员: members of a confirmed enrollment taken off during its term, in every plan they are in, with a reason and a
 * date; no refund. Undone by the unit on the same day, later only by the office. Every member is checked before any
 * is written; each write holds only while the member is as it was read, so of parallel requests for one member one
 * wins, and a request that loses one member midway puts back the members it had already changed.
 */
public final class Removals {
    public static final int MAX_PEOPLE = 500;
    /** Times a payout's end of cover is planned again when another change of the person came first. */
    private static final int PAYOUT_ATTEMPTS = 4;

    private final EnrollmentAccess access;
    private final MemberStore members;
    private final ChangeLog changes;
    private final CoverageStore coverage;
    private final Ids ids;
    private final Clock clock;

    public record Request(List<String> members, String reason, String date) {
    }

    /** @param people how many people were removed (or restored), {@code memberships} across how many plans */
    public record Result(int people, int memberships) {
    }

    public Removals(EnrollmentAccess access, MemberStore members, ChangeLog changes, CoverageStore coverage, Ids ids,
            Clock clock) {
        this.access = access;
        this.members = members;
        this.changes = changes;
        this.coverage = coverage;
        this.ids = ids;
        this.clock = clock;
    }

    public Result remove(Caller caller, String enrollmentId, Request request) {
        caller.requireRole(Role.UNIT, Role.REVIEWER);
        Enrollment e = access.load(caller, enrollmentId);
        e.requireCoverRecorded();
        if (request == null) {
            throw DomainException.invalid("REMOVAL_INVALID", "请选择减员人员、原因和日期");
        }
        Set<String> keys = people(request.members());
        RemovalReason reason = RemovalReason.parse(request.reason()).filter(RemovalReason::chosenByUnit).orElseThrow(
                () -> DomainException.invalid("REMOVAL_REASON_INVALID", "减员原因应为离职、退休、调出或死亡"));
        Removal removal = new Removal(reason, date(request.date()), clock.instant(), caller.username());
        Map<Member, Member> planned = new LinkedHashMap<>();
        List<Coverage> covers = new ArrayList<>();
        for (Map.Entry<EnrollmentPlan, List<Member>> found : Memberships.of(members, e, keys).entrySet()) {
            EnrollmentPlan row = found.getKey();
            for (Member m : found.getValue()) {
                LocalDate start = m.startsOn(e.settlement().confirmation().effectiveOn());
                Member removed = m.removed(removal, start, row.coverEnd(start));
                planned.put(m, removed);
                covers.add(coverOf(e, row, removed));
            }
        }
        writeAll(planned);
        if (reason.endsCover()) {
            // later rosters and the 观察期 of a later cover see the cover as it really ended
            coverage.endEarly(covers);
        }
        changes.recordAll(records(e, planned.values(), ChangeKind.REMOVAL,
                reason.label() + "，" + removal.date() + (reason.endsCover() ? "（保障至当日）" : "（会费不退，保障至期满）"),
                removal.at(), caller));
        return new Result(keys.size(), planned.size());
    }

    /**
     * Ends a member's cover after a claim was paid: 身故 in every plan of the person from that day, a 重症 in its plan
     * ({@code planCode}) from the diagnosis. Recorded like a 减员 by whoever paid; a membership already removed, or whose
     * cover had ended by then, stays as it is.
     */
    public void endAfterPayout(Caller caller, String enrollmentId, String planCode, String personKey, RemovalReason reason,
            LocalDate date) {
        // the claim is paid already: a membership changed meanwhile (another payout of the person) is read again
        for (int attempt = 1; ; attempt++) {
            try {
                endOnce(caller, enrollmentId, planCode, personKey, reason, date);
                return;
            } catch (DomainException changed) {
                if (!changed.code().equals("MEMBER_CHANGED") || attempt == PAYOUT_ATTEMPTS) {
                    throw changed;
                }
            }
        }
    }

    private void endOnce(Caller caller, String enrollmentId, String planCode, String personKey, RemovalReason reason,
            LocalDate date) {
        Enrollment e = access.load(caller, enrollmentId);
        Removal removal = new Removal(reason, date, clock.instant(), caller.username());
        Map<Member, Member> planned = new LinkedHashMap<>();
        List<Coverage> covers = new ArrayList<>();
        Memberships.of(members, e, Set.of(personKey)).forEach((row, inPlan) -> inPlan.stream()
                .filter(m -> planCode == null || row.code().equals(planCode)).filter(m -> m.removal() == null)
                .forEach(m -> {
                    LocalDate start = m.startsOn(e.settlement().confirmation().effectiveOn());
                    if (!date.isBefore(start) && !date.isAfter(row.coverEnd(start))) {
                        Member removed = m.removed(removal, start, row.coverEnd(start));
                        planned.put(m, removed);
                        covers.add(coverOf(e, row, removed));
                    }
                }));
        if (planned.isEmpty()) {
            return;
        }
        writeAll(planned);
        coverage.endEarly(covers);
        changes.recordAll(records(e, planned.values(), ChangeKind.REMOVAL, reason.label() + "，" + date + "（保障金给付，保障终止）",
                removal.at(), caller));
    }

    /** Undoes a person's 减员 in every plan of the enrollment. */
    public Result restore(Caller caller, String enrollmentId, String personKey) {
        caller.requireRole(Role.UNIT, Role.REVIEWER);
        Enrollment e = access.load(caller, enrollmentId);
        e.requireCoverRecorded();
        Instant now = clock.instant();
        Map<Member, Member> planned = new LinkedHashMap<>();
        List<Coverage> covers = new ArrayList<>();
        Memberships.of(members, e, Set.of(personKey)).forEach((row, inPlan) -> inPlan.forEach(m -> {
            if (m.removal() == null) {
                throw DomainException.conflict("MEMBER_NOT_REMOVED", m.person().name() + "未减员，无需撤销");
            }
            if (!m.removal().undoableBy(caller.role(), now)) {
                throw DomainException.forbidden("REMOVAL_UNDO_EXPIRED", "减员只能在办理当天由单位撤销；之后请联系办事处审核员");
            }
            planned.put(m, m.restored());
            covers.add(coverOf(e, row, m.restored()));
        }));
        writeAll(planned);
        // a death undone gives the cover its end back (the store keeps the later end)
        coverage.recordAll(covers);
        changes.recordAll(records(e, planned.values(), ChangeKind.REMOVAL_UNDONE, "撤销减员", now, caller));
        return new Result(1, planned.size());
    }

    private static Coverage coverOf(Enrollment e, EnrollmentPlan row, Member m) {
        MemberCover cover = MemberCover.of(m, e.settlement().confirmation().effectiveOn(), row);
        return new Coverage(row.chosen().activityType(), m.key(), cover.startsOn(), cover.endsOn(), e.id(), m.planCode());
    }

    private static Set<String> people(List<String> requested) {
        if (requested == null || requested.isEmpty() || requested.stream().anyMatch(k -> k == null || k.isBlank())) {
            throw DomainException.invalid("REMOVAL_MEMBERS_REQUIRED", "请选择要减员的人员");
        }
        Set<String> keys = new LinkedHashSet<>(requested);
        if (keys.size() > MAX_PEOPLE) {
            throw DomainException.invalid("REMOVAL_TOO_MANY", "一次最多减员" + MAX_PEOPLE + "人");
        }
        return keys;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("REMOVAL_DATE_INVALID", "请填写减员日期（如2026-05-01）");
        }
    }

    /** Writes every change while its member is as read; if any was refused, puts back those this call wrote. */
    private void writeAll(Map<Member, Member> planned) {
        List<Member> refused = members.changeRemovals(planned);
        if (refused.isEmpty()) {
            return;
        }
        Map<Member, Member> undo = new LinkedHashMap<>();
        planned.forEach((current, updated) -> {
            if (!refused.contains(current)) {
                undo.put(updated, current);
            }
        });
        members.changeRemovals(undo);
        throw DomainException.conflict("MEMBER_CHANGED", refused.get(0).person().name() + "的减员状态刚被他人修改，请刷新后重试");
    }

    private List<ChangeRecord> records(Enrollment e, java.util.Collection<Member> changed, ChangeKind kind, String detail,
            Instant at, Caller caller) {
        Map<String, Member> byPerson = new LinkedHashMap<>();
        changed.forEach(m -> byPerson.putIfAbsent(m.key(), m));
        return byPerson.values().stream().map(m -> new ChangeRecord(ids.next(), kind, e.id(), e.applicationNo(),
                e.unitId(), e.unitName(), e.orgCode(), m.key(), m.person().name(), detail, at, caller.username())).toList();
    }
}
