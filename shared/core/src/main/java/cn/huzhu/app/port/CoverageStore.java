package cn.huzhu.app.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.enrollment.Coverage;

/** Each person's latest confirmed cover per activity type: what makes them 未到期 on later rosters. */
public interface CoverageStore {
    /** For each person key with any coverage among the types: the last covered day per type. One round trip per 100. */
    Map<String, Map<ActivityType, LocalDate>> lastDays(Collection<String> personKeys, Set<ActivityType> types);

    /** The stored cover of these persons in one type, by person key; persons without any are absent. */
    Map<String, Coverage> latest(Collection<String> personKeys, ActivityType type);

    /** Keeps, per person and type, the later of the stored and the given end date, whatever else writes at once. */
    default void recordAll(List<Coverage> coverages) {
        coverages.stream().map(Coverage::activityType).distinct().forEach(type -> {
            List<Coverage> ofType = coverages.stream().filter(c -> c.activityType() == type).toList();
            update(ofType.stream().map(Coverage::personKey).toList(), type, stored -> ofType);
        });
    }

    /**
     * Fixes the cover of these people in one activity type, one writer at a time across all containers: {@code decide}
     * gets what is stored for them now (by person key) and returns the cover each should have; where that ends later
     * than the stored one, it is written. Whatever confirmations run at once, each person keeps the latest end.
     */
    void update(Collection<String> personKeys, ActivityType type, Function<Map<String, Coverage>, List<Coverage>> decide);

    /**
     * Cuts each person's stored cover short (death) when the stored one is that coverage's enrollment's; a later cover of
     * another enrollment is left as it is. The writes go out at once.
     */
    void endEarly(List<Coverage> shortened);

    /** Forgets a person's cover of a type when it is the one this enrollment recorded (its member was re-keyed). */
    void forget(String personKey, ActivityType type, String enrollmentId);

    default void record(Coverage coverage) {
        recordAll(List.of(coverage));
    }
}
