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
import java.util.concurrent.Callable;
import java.util.function.Function;

import cn.huzhu.app.Parallel;
import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.enrollment.Coverage;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Coverage: PK COVER#personKey, SK the activity type; one item per person and type holding the latest end. Every
 * person is a partition of their own, so a confirmation of 10,000 members writes to 10,000 partitions, 25 per request.
 */
public final class DynamoCoverageStore implements CoverageStore {
    static final ItemCodec<Coverage> CODEC = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> encode(Coverage c) {
            return new Attributes().put("PK", partition(c.personKey())).put("SK", c.activityType().name())
                    .put("personKey", c.personKey()).put("activityType", c.activityType().name())
                    .put("startsOn", c.startsOn().toString()).put("endsOn", c.endsOn().toString())
                    .put("enrollmentId", c.enrollmentId()).put("planCode", c.planCode()).build();
        }

        @Override
        public Coverage decode(Map<String, AttributeValue> item) {
            return new Coverage(ActivityType.valueOf(ItemCodec.text(item, "activityType")), ItemCodec.text(item, "personKey"),
                    LocalDate.parse(ItemCodec.text(item, "startsOn")), LocalDate.parse(ItemCodec.text(item, "endsOn")),
                    ItemCodec.text(item, "enrollmentId"), ItemCodec.text(item, "planCode"));
        }
    };

    private final DynamoTable table;
    private final Lease lease;

    public DynamoCoverageStore(DynamoTable table) {
        this.table = table;
        this.lease = new Lease(table, "coverage");
    }

    static String partition(String personKey) {
        return "COVER#" + personKey;
    }

    @Override
    public Map<String, Map<ActivityType, LocalDate>> lastDays(Collection<String> personKeys, Set<ActivityType> types) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String personKey : personKeys) {
            for (ActivityType type : types) {
                keys.add(ItemCodec.key(partition(personKey), type.name()));
            }
        }
        Map<String, Map<ActivityType, LocalDate>> found = new HashMap<>();
        for (Coverage coverage : table.getAll(keys, null, CODEC)) {
            found.computeIfAbsent(coverage.personKey(), key -> new EnumMap<>(ActivityType.class))
                    .put(coverage.activityType(), coverage.endsOn());
        }
        return found;
    }

    @Override
    public Map<String, Coverage> latest(Collection<String> personKeys, ActivityType type) {
        List<Map<String, AttributeValue>> keys = personKeys.stream().distinct()
                .map(person -> ItemCodec.key(partition(person), type.name())).toList();
        Map<String, Coverage> found = new HashMap<>();
        for (Coverage coverage : table.getAll(keys, null, CODEC)) {
            found.put(coverage.personKey(), coverage);
        }
        return found;
    }

    /**
     * Under the coverage lease, so no other confirmation writes between this one's read and its writes: reads what is
     * stored, lets the caller decide, then writes the later ends in batches. Without the lease each write would have to
     * carry its own condition, one request per person.
     */
    @Override
    public void update(Collection<String> personKeys, ActivityType type, Function<Map<String, Coverage>, List<Coverage>> decide) {
        lease.hold(() -> {
            Map<String, Coverage> stored = latest(personKeys, type);
            Map<String, Coverage> latest = new LinkedHashMap<>();
            for (Coverage coverage : decide.apply(stored)) {
                latest.merge(coverage.personKey(), coverage, (a, b) -> b.endsOn().isAfter(a.endsOn()) ? b : a);
            }
            List<Coverage> later = latest.values().stream().filter(coverage -> {
                Coverage known = stored.get(coverage.personKey());
                return known == null || known.endsOn().isBefore(coverage.endsOn());
            }).toList();
            lease.stillHeld();
            table.putAll(later, CODEC);
        });
    }

    @Override
    public void forget(String personKey, ActivityType type, String enrollmentId) {
        table.deleteIf(partition(personKey), type.name(), "#enrollment = :enrollment", Map.of("#enrollment", "enrollmentId"),
                Map.of(":enrollment", AttributeValue.fromS(enrollmentId)));
    }

    @Override
    public void endEarly(List<Coverage> shortened) {
        // each write has its own condition, which a batch write cannot carry: they go out in parallel instead
        Parallel.all(shortened.stream().<Callable<Boolean>>map(cover -> () -> table.replaceIf(cover, CODEC,
                "#enrollment = :enrollment", Map.of("#enrollment", "enrollmentId"),
                Map.of(":enrollment", AttributeValue.fromS(cover.enrollmentId())))).toList());
    }
}
