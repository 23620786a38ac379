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
     * Reads what is stored of these persons and writes only the later ends. Two confirmations of the same person at
     * the same moment could both read before either writes; the later end then wins only if written last, and the
     * next confirmation or renewal of the person reads it again.
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
        List<CoverageItem> later = latest.entrySet().stream()
                .filter(entry -> !stored.containsKey(entry.getKey()) || stored.get(entry.getKey()).isBefore(entry.getValue().endsOn()))
                .map(entry -> CoverageItem.of(entry.getValue())).toList();
        table.putAll(later);
    }
}
