package cn.huzhu.domain.roster;

import java.util.List;
import java.util.stream.Collectors;

import cn.huzhu.domain.common.Problem;

/**
 * What became of one roster row: accepted into every chosen plan, or failed with every reason.
 *
 * @param personKey the person's key when the person could be read, else null
 */
public record RowVerdict(RosterRow row, Person person, String personKey, List<Placement> placements,
        List<Problem> problems) {
    public boolean accepted() {
        return problems.isEmpty();
    }

    /** The 失败原因 cell of the failed-rows file. */
    public String reason() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("；"));
    }
}
