package cn.huzhu.domain.roster;

import java.util.List;
import java.util.stream.Collectors;

import cn.huzhu.domain.common.Problem;

/**
 * What became of one roster row: accepted into every chosen plan, failed with every reason, or (a file for several
 * plans) placed in the plans that took the person while the others' reasons are reported.
 *
 * @param personKey the person's key when the person could be read, else null
 */
public record RowVerdict(RosterRow row, Person person, String personKey, List<Placement> placements,
        List<Problem> problems) {
    /** Taken by every plan, without a word to report. */
    public boolean accepted() {
        return problems.isEmpty();
    }

    /** Taken by at least one plan. */
    public boolean placed() {
        return !placements.isEmpty();
    }

    /** The 失败原因 cell of the failed-rows file. */
    public String reason() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("；"));
    }
}
