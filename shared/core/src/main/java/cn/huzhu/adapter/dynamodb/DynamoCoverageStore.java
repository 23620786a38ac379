package cn.huzhu.adapter.dynamodb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.enrollment.Coverage;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Coverage: PK COVER#personKey, SK the activity type; one item per person and type holding the latest end. */
public final class DynamoCoverageStore implements CoverageStore {
    private final DynamoTable table;

    public DynamoCoverageStore(DynamoTable table) {
        this.table = table;
    }

    record CoverageItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String personKey,
            String activityType, String startsOn, String endsOn, String enrollmentId, String planCode) {
        static CoverageItem of(Coverage c) {
            return new CoverageItem("COVER#" + c.personKey(), c.activityType().name(), c.personKey(),
                    c.activityType().name(), c.startsOn().toString(), c.endsOn().toString(), c.enrollmentId(), c.planCode());
        }

        /** The same coverage under another person key (after a rotation of the person-key ring). */
        CoverageItem rekeyed(String key) {
            return new CoverageItem("COVER#" + key, sk, key, activityType, startsOn, endsOn, enrollmentId, planCode);
        }

        Coverage toCoverage() {
            return new Coverage(ActivityType.valueOf(activityType), personKey, LocalDate.parse(startsOn),
                    LocalDate.parse(endsOn), enrollmentId, planCode);
        }
    }

    @Override
    public Map<String, Map<ActivityType, LocalDate>> lastDays(Collection<String> personKeys, Set<ActivityType> types) {
        List<Key> keys = new ArrayList<>();
        for (String personKey : personKeys) {
            for (ActivityType type : types) {
                keys.add(DynamoTable.key("COVER#" + personKey, type.name()));
            }
        }
        Map<String, Map<ActivityType, LocalDate>> found = new HashMap<>();
        for (CoverageItem item : table.getAll(keys, CoverageItem.class)) {
            found.computeIfAbsent(item.personKey(), key -> new EnumMap<>(ActivityType.class))
                    .put(ActivityType.valueOf(item.activityType()), LocalDate.parse(item.endsOn()));
        }
        return found;
    }

    @Override
    public Map<String, Coverage> latest(Collection<String> personKeys, ActivityType type) {
        List<Key> keys = personKeys.stream().distinct().map(person -> DynamoTable.key("COVER#" + person, type.name())).toList();
        Map<String, Coverage> found = new HashMap<>();
        for (CoverageItem item : table.getAll(keys, CoverageItem.class)) {
            found.put(item.personKey(), item.toCoverage());
        }
        return found;
    }

    /**
     * Writes each person's end where it is later than the stored one: a read first skips the writes known to be
     * needless, then each write is conditional on the stored end still being earlier, so two confirmations of the same
     * person at the same moment leave the later end whatever their order.
     */
    @Override
    public void recordAll(List<Coverage> coverages) {
        Map<String, Coverage> latest = new LinkedHashMap<>();
        for (Coverage coverage : coverages) {
            latest.merge(coverage.activityType().name() + "#" + coverage.personKey(), coverage,
                    (a, b) -> b.endsOn().isAfter(a.endsOn()) ? b : a);
        }
        List<Key> keys = latest.values().stream()
                .map(c -> DynamoTable.key("COVER#" + c.personKey(), c.activityType().name())).toList();
        Map<String, LocalDate> stored = new HashMap<>();
        for (CoverageItem item : table.getAll(keys, CoverageItem.class)) {
            stored.put(item.activityType() + "#" + item.personKey(), LocalDate.parse(item.endsOn()));
        }
        List<DynamoTable.ConditionalPut> later = new ArrayList<>();
        latest.forEach((key, coverage) -> {
            if (!stored.containsKey(key) || stored.get(key).isBefore(coverage.endsOn())) {
                // yyyy-MM-dd compares as text the way the dates compare
                later.add(new DynamoTable.ConditionalPut(CoverageItem.of(coverage), "attribute_not_exists(PK) OR endsOn < :ends",
                        Map.of(":ends", AttributeValue.fromS(coverage.endsOn().toString()))));
            }
        });
        table.putEachIf(later);
    }
}
