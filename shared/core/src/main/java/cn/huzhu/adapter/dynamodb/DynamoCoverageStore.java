package cn.huzhu.adapter.dynamodb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
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
    public void record(Coverage coverage) {
        String pk = "COVER#" + coverage.personKey();
        String sk = coverage.activityType().name();
        boolean later = table.get(pk, sk, CoverageItem.class)
                .map(stored -> LocalDate.parse(stored.endsOn()).isBefore(coverage.endsOn()))
                .orElse(true);
        if (later) {
            table.put(new CoverageItem(pk, sk, coverage.personKey(), sk, coverage.startsOn().toString(),
                    coverage.endsOn().toString(), coverage.enrollmentId(), coverage.planCode()));
        }
    }
}
