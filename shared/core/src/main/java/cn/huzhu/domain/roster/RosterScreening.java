package cn.huzhu.domain.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.change.AdditionWindows;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.identity.PersonKeys;

/**
 * Applies every row rule to the rows of one file, in file order, for the plans the file is for. Stateful: it remembers
 * the people already met, so the later row of a person twice in a file fails. A person the row rules refuse fails in
 * every plan; a person one plan refuses (a man for 女工特病) still joins the others.
 *
 * <p>Rows go through in two steps so that the caller can look up earlier coverage for many people at once:
 * {@link #identify} reads the person; {@link #decide} applies plan rules with the coverage found.
 */
public final class RosterScreening {
    private final List<ChosenPlan> plans;
    private final PersonKeys keys;
    private final LocalDate today;
    private final LocalDate plannedEffectiveDate;
    private final Addition addition;
    private final SeenPeople seen = new SeenPeople();

    /**
     * A 增员's rules besides every roster rule: the windows, measured from the 原参保单's 生效日期 {@code originStart};
     * and cover still running is a refusal, not 未到期 (nobody is added who is covered already).
     */
    public record Addition(AdditionWindows windows, LocalDate originStart) {
    }

    public RosterScreening(List<ChosenPlan> plans, PersonKeys keys, LocalDate today) {
        this(plans, keys, today, null);
    }

    /** {@code addition}: the 增员's rules, or null for an enrollment. */
    public RosterScreening(List<ChosenPlan> plans, PersonKeys keys, LocalDate today, Addition addition) {
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a roster is imported into at least one plan");
        }
        this.plans = List.copyOf(plans);
        this.keys = keys;
        this.today = today;
        this.plannedEffectiveDate = today.plusDays(1);
        this.addition = addition;
    }

    /** The first day of cover assumed while importing: the day after today. */
    public LocalDate plannedEffectiveDate() {
        return plannedEffectiveDate;
    }

    /** The person's key, for a check that read a person. */
    public String keyOf(Person person) {
        return keys.of(person.idType(), person.idNumber());
    }

    /**
     * A row's person as the person rules read it, with the person's key when there is a person (made once here: a
     * keyed hash costs more than the rest of a row's rules), and the row's 序号 for naming a duplicate.
     */
    public record Identified(PersonRules.Check check, String key, String sequence) {
        public Person person() {
            return check.person();
        }
    }

    public Identified identify(RosterRow row, RosterHeader header) {
        Map<RosterColumn, CellValue> known = row.known(header);
        RosterCells.Converted converted = RosterCells.toInput(known);
        return identified(PersonRules.check(converted.input(), today, converted.problems()),
                RosterCells.text(known.get(RosterColumn.SEQUENCE)).trim());
    }

    /** A person typed in a form (no file, no 序号). */
    public Identified identified(PersonRules.Check check) {
        return identified(check, "");
    }

    private Identified identified(PersonRules.Check check, String sequence) {
        return new Identified(check, check.person() == null ? null : keyOf(check.person()), sequence);
    }

    /**
     * @param coverageEnds for this person, the last covered day per activity type of confirmed earlier enrollments
     */
    public RowVerdict decide(RosterRow row, Identified who, Map<ActivityType, LocalDate> coverageEnds) {
        PersonRules.Check check = who.check();
        List<Problem> problems = new ArrayList<>(check.problems());
        if (addition != null && check.person() != null) {
            addition.windows().hireProblem(today, addition.originStart(), check.person().hiredOn())
                    .ifPresent(why -> problems.add(new Problem(RosterColumn.HIRE_DATE.header(), why)));
        }
        List<Problem> refusals = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (ChosenPlan chosen : plans) {
            LocalDate endsOn = coverageEnds.get(chosen.activityType());
            boolean unexpired = endsOn != null && !endsOn.isBefore(plannedEffectiveDate);
            LocalDate start = unexpired && addition == null ? endsOn.plusDays(1) : plannedEffectiveDate;
            String label = plans.size() > 1 ? chosen.plan().name() : "";
            List<Problem> refused = new ArrayList<>(Eligibility.problems(chosen.plan(), label, check.birthDate(),
                    check.gender(), check.occupation(), start));
            if (unexpired && addition != null) {
                refused.add(new Problem(RosterColumn.ID_NUMBER.header(), (label.isEmpty() ? "" : "「" + label + "」")
                        + "已参加" + chosen.activityType().label() + "保障至" + endsOn + "，不能重复增员"));
                unexpired = false;
            }
            if (refused.isEmpty()) {
                placements.add(new Placement(chosen.code(), unexpired ? start : null, unexpired ? endsOn : null));
            }
            refusals.addAll(refused);
        }
        String key = who.key();
        if (key != null) {
            SeenPeople.First first = seen.firstOrRecord(key, row.rowNumber(), who.sequence());
            if (first != null) {
                String label = first.sequence().isEmpty() ? "" : "（序号" + first.sequence() + "）";
                problems.add(new Problem(RosterColumn.ID_NUMBER.header(), "与第" + first.row() + "行" + label + "是同一人（重复）"));
            }
        }
        if (!problems.isEmpty() || placements.isEmpty()) {
            problems.addAll(refusals);
            return new RowVerdict(row, check.person(), key, List.of(), problems);
        }
        if (refusals.isEmpty()) {
            return new RowVerdict(row, check.person(), key, placements, List.of());
        }
        // one file for several plans: each plan takes the person it can, and the row says who refused and why
        List<Problem> partial = new ArrayList<>();
        partial.add(new Problem("", "已加入" + placements.stream().map(placed -> "「" + name(placed.planCode()) + "」")
                .reduce("", String::concat)));
        partial.addAll(refusals);
        return new RowVerdict(row, check.person(), key, placements, partial);
    }

    private String name(String planCode) {
        return plans.stream().filter(plan -> plan.code().equals(planCode)).map(plan -> plan.plan().name()).findFirst()
                .orElse(planCode);
    }
}
