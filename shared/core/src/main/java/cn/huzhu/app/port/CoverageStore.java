package cn.huzhu.app.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.enrollment.Coverage;

public interface CoverageStore {
    /** For each person key with any coverage among the types: the last covered day per type. One round trip per 100. */
    Map<String, Map<ActivityType, LocalDate>> lastDays(Collection<String> personKeys, Set<ActivityType> types);

    /** Keeps the later of the stored and the given end date. */
    void record(Coverage coverage);
}
