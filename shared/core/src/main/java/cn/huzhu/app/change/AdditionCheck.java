package cn.huzhu.app.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.change.AdditionWindows;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.RemovalReason;
import cn.huzhu.domain.roster.Eligibility;
import cn.huzhu.domain.roster.Person;

/**
 * What stops a 增员 from being submitted today, judged on that day as decided: its 原参保单 has fewer days left than the
 * settings' minimum; a member hired too long ago (or without 入职日期) once the first days after the 原参保单's 生效日期
 * are past; a member outside the plan's ages on the day after submission; a member covered meanwhile (another 增员
 * confirmed since the roster was imported); a member whose 重症 was paid in the plan.
 */
public final class AdditionCheck {
    /** Enough reasons for a unit to act on; the rest show once these are mended. */
    static final int PROBLEMS_SHOWN = 200;

    private final MemberStore members;
    private final RunningCovers covers;
    private final SettingsStore settings;
    private final Clock clock;

    public AdditionCheck(MemberStore members, RunningCovers covers, SettingsStore settings, Clock clock) {
        this.members = members;
        this.covers = covers;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Problem> problems(Enrollment e) {
        if (e.businessType() != BusinessType.ADDITION) {
            return List.of();
        }
        LocalDate today = BusinessDay.today(clock);
        LocalDate start = today.plusDays(1);
        AdditionWindows windows = settings.get(e.orgCode()).changes().additionWindows();
        List<Problem> problems = new ArrayList<>();
        e.additionEnd().flatMap(end -> windows.termProblem(today, end)).ifPresent(why -> problems.add(new Problem("plans", why)));
        for (EnrollmentPlan row : e.plans()) {
            if (row.members().named() > 0 && problems.size() < PROBLEMS_SHOWN) {
                problems.addAll(memberProblems(row, e.id(), windows, today, start));
            }
        }
        return problems.size() > PROBLEMS_SHOWN ? List.copyOf(problems.subList(0, PROBLEMS_SHOWN)) : problems;
    }

    private List<Problem> memberProblems(EnrollmentPlan row, String enrollmentId, AdditionWindows windows, LocalDate today,
            LocalDate start) {
        List<Member> inPlan = new ArrayList<>();
        members.forEach(enrollmentId, row.code(), inPlan::add);
        ActivityType type = row.chosen().activityType();
        List<String> keys = inPlan.stream().map(Member::key).toList();
        Map<String, Map<ActivityType, LocalDate>> covered = covers.lastDays(keys, Set.of(type), start);
        // a 重症 paid in this plan ends the person's place in it for good: 增员 does not bring them back
        Set<String> severePaid = members.memberships(keys).stream()
                .filter(m -> m.planCode().equals(row.code()) && m.removal() != null
                        && m.removal().reason() == RemovalReason.SEVERE_ILLNESS_PAID)
                .map(Member::key).collect(java.util.stream.Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (Member m : inPlan) {
            Person p = m.person();
            String who = p.name() + "（" + row.plan().name() + "）：";
            windows.hireProblem(today, row.addition().originStart(), p.hiredOn())
                    .ifPresent(why -> problems.add(new Problem(row.code(), who + why)));
            Eligibility.problems(row.plan(), "", p.birthDate(), p.gender(), p.occupation(), start)
                    .forEach(refused -> problems.add(new Problem(row.code(), who + refused.message())));
            if (severePaid.contains(m.key())) {
                problems.add(new Problem(row.code(), who + "已获重症给付，不能再参加「" + row.plan().name() + "」"));
            }
            LocalDate end = covered.getOrDefault(m.key(), Map.of()).get(type);
            if (end != null) {
                problems.add(new Problem(row.code(), who + "已参加" + type.label() + "保障至" + end + "，不能重复增员"));
            }
        }
        return problems;
    }
}
