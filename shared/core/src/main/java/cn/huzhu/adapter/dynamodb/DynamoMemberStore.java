package cn.huzhu.adapter.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import cn.huzhu.app.Parallel;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.enrollment.Removal;
import cn.huzhu.domain.enrollment.RemovalReason;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Members: a plan of an enrollment spread over {@value #SHARDS} partitions (PK MEM#enrollment#plan#shard, the shard the
 * first hex digit of the person key), keyed by the person key, so importing the same person again replaces the member
 * instead of adding one. One partition takes about 1,000 writes a second on DynamoDB; sixteen take a 100,000-member
 * import at 10,000 a second. Pages and counts read the shards at once and merge them in key order. GSI3 (keys only)
 * finds a person's memberships across enrollments by the person key (PERSON#key), never by scanning.
 */
public final class DynamoMemberStore implements MemberStore {
    public static final int SHARDS = 16;
    static final ItemCodec<Member> CODEC = new MemberCodec();
    private static final List<String> COUNTED = List.of("occupation", "unexpiredUntil");

    private final DynamoTable table;

    public DynamoMemberStore(DynamoTable table) {
        this.table = table;
    }

    /** The partition of a person's membership of a plan. */
    static String partition(String enrollmentId, String planCode, String personKey) {
        return prefix(enrollmentId, planCode) + Character.forDigit(shard(personKey), 16);
    }

    private static String prefix(String enrollmentId, String planCode) {
        return "MEM#" + enrollmentId + "#" + planCode + "#";
    }

    /** The first hex digit of the keyed hash in "id.hex…": uniform over the sixteen shards. */
    static int shard(String personKey) {
        int digit = Character.digit(personKey.charAt(personKey.indexOf('.') + 1), 16);
        return digit >= 0 ? digit : Math.floorMod(personKey.hashCode(), SHARDS);
    }

    private static List<String> partitions(String enrollmentId, String planCode) {
        List<String> partitions = new ArrayList<>(SHARDS);
        for (int shard = 0; shard < SHARDS; shard++) {
            partitions.add(prefix(enrollmentId, planCode) + Character.forDigit(shard, 16));
        }
        return partitions;
    }

    /** A stored member's attributes; the PK and SK name it, the rest is the person and the cover. */
    static final class MemberCodec implements ItemCodec<Member> {
        @Override
        public Map<String, AttributeValue> encode(Member m) {
            Person p = m.person();
            return new Attributes().put("PK", partition(m.enrollmentId(), m.planCode(), m.key())).put("SK", m.key())
                    .put("enrollmentId", m.enrollmentId()).put("planCode", m.planCode()).put("name", p.name())
                    .put("idType", p.idType().name()).put("idNumber", p.idNumber()).put("gender", p.gender().name())
                    .put("birthDate", p.birthDate().toString()).put("phone", p.phone())
                    .put("occupation", p.occupation().name()).put("note", p.note())
                    .put("hiredOn", p.hiredOn() == null ? null : p.hiredOn().toString())
                    .put("coverageStart", m.coverageStart() == null ? null : m.coverageStart().toString())
                    .put("unexpiredUntil", m.unexpiredUntil() == null ? null : m.unexpiredUntil().toString())
                    .put("batchId", m.batchId()).put("updatedAt", Times.text(m.updatedAt()))
                    .put("waitingWaived", m.waitingWaived() ? "Y" : null)
                    .put("removalReason", m.removal() == null ? null : m.removal().reason().name())
                    .put("removalDate", m.removal() == null ? null : m.removal().date().toString())
                    .put("removalAt", m.removal() == null ? null : Times.text(m.removal().at()))
                    .put("removalBy", m.removal() == null ? null : m.removal().by())
                    .put("GSI3PK", "PERSON#" + m.key()).put("GSI3SK", "MEM#" + m.enrollmentId() + "#" + m.planCode())
                    .build();
        }

        @Override
        public Member decode(Map<String, AttributeValue> item) {
            String phone = ItemCodec.text(item, "phone");
            String note = ItemCodec.text(item, "note");
            String hiredOn = ItemCodec.text(item, "hiredOn");
            Person person = new Person(ItemCodec.text(item, "name"), IdDocumentType.valueOf(ItemCodec.text(item, "idType")),
                    ItemCodec.text(item, "idNumber"), Gender.valueOf(ItemCodec.text(item, "gender")),
                    LocalDate.parse(ItemCodec.text(item, "birthDate")), phone == null ? "" : phone,
                    Occupation.valueOf(ItemCodec.text(item, "occupation")), note == null ? "" : note,
                    hiredOn == null ? null : LocalDate.parse(hiredOn));
            String until = ItemCodec.text(item, "unexpiredUntil");
            String start = ItemCodec.text(item, "coverageStart");
            return new Member(ItemCodec.text(item, "enrollmentId"), ItemCodec.text(item, "planCode"), ItemCodec.text(item, "SK"),
                    person, start == null ? null : LocalDate.parse(start), until == null ? null : LocalDate.parse(until),
                    ItemCodec.text(item, "batchId"), Instant.parse(ItemCodec.text(item, "updatedAt")),
                    "Y".equals(ItemCodec.text(item, "waitingWaived")), removal(item));
        }

        private static Removal removal(Map<String, AttributeValue> item) {
            String reason = ItemCodec.text(item, "removalReason");
            return reason == null ? null : new Removal(RemovalReason.valueOf(reason),
                    LocalDate.parse(ItemCodec.text(item, "removalDate")), Instant.parse(ItemCodec.text(item, "removalAt")),
                    ItemCodec.text(item, "removalBy"));
        }
    }

    @Override
    public void putAll(Collection<Member> members) {
        table.putAll(List.copyOf(members), CODEC);
    }

    @Override
    public Optional<Member> find(String enrollmentId, String planCode, String personKey) {
        return table.get(partition(enrollmentId, planCode, personKey), personKey, CODEC);
    }

    @Override
    public List<Member> findAll(String enrollmentId, String planCode, Collection<String> personKeys) {
        return table.getAll(personKeys.stream().map(key -> ItemCodec.key(partition(enrollmentId, planCode, key), key)).toList(),
                null, CODEC);
    }

    @Override
    public Page<Member> list(String enrollmentId, String planCode, String nameContains, boolean unexpiredOnly,
            String cursor, int limit) {
        String text = nameContains == null ? "" : nameContains.trim();
        List<Query> shards = partitions(enrollmentId, planCode).stream().map(partition -> {
            Query.Builder builder = Query.on(null, "PK", partition).limit(limit);
            if (!text.isEmpty()) {
                builder.filter("contains(#name, :name)", Map.of("#name", "name"), Map.of(":name", AttributeValue.fromS(text)));
            }
            if (unexpiredOnly) {
                builder.filter("attribute_exists(#until)", Map.of("#until", "unexpiredUntil"), Map.of());
            }
            return builder.build();
        }).toList();
        return table.queryMerged(shards, "SK", cursor, limit, CODEC);
    }

    @Override
    public Optional<Member> put(Member member) {
        return table.replace(member, CODEC);
    }

    @Override
    public List<Member> changeRemovals(Map<Member, Member> currentToUpdated) {
        List<Callable<Member>> writes = currentToUpdated.entrySet().stream().<Callable<Member>>map(change -> () ->
                changeRemoval(change.getKey(), change.getValue()) ? null : change.getKey()).toList();
        return writes.isEmpty() ? List.of() : Parallel.all(writes).stream().filter(Objects::nonNull).toList();
    }

    private boolean changeRemoval(Member current, Member updated) {
        if (current.removal() == null) {
            return table.replaceIf(updated, CODEC, "attribute_not_exists(#reason)", Map.of("#reason", "removalReason"), Map.of());
        }
        return table.replaceIf(updated, CODEC, "#at = :at", Map.of("#at", "removalAt"),
                Map.of(":at", AttributeValue.fromS(Times.text(current.removal().at()))));
    }

    @Override
    public List<Member> memberships(Collection<String> personKeys) {
        List<List<Map<String, AttributeValue>>> found = Parallel.all(personKeys.stream()
                .<Callable<List<Map<String, AttributeValue>>>>map(key -> () -> {
                    List<Map<String, AttributeValue>> keys = new ArrayList<>();
                    table.queryProjected(Query.on(DynamoTable.GSI3, "GSI3PK", "PERSON#" + key).build(), List.of("PK", "SK"),
                            item -> keys.add(ItemCodec.key(ItemCodec.text(item, "PK"), ItemCodec.text(item, "SK"))));
                    return keys;
                }).toList());
        return table.getAll(found.stream().flatMap(List::stream).toList(), null, CODEC);
    }

    @Override
    public List<Member> named(List<PlanRef> plans, String nameContains, int perPlan) {
        // each plan's search already reads its sixteen shards at once: a few plans at a time keep the total bounded
        List<List<Member>> found = Parallel.all(plans.stream().<Callable<List<Member>>>map(plan -> () ->
                list(plan.enrollmentId(), plan.planCode(), nameContains, false, null, perPlan).items()).toList(), 4);
        return found.stream().flatMap(List::stream).toList();
    }

    @Override
    public boolean insert(Member member) {
        return table.insert(member, CODEC);
    }

    @Override
    public Optional<Member> remove(String enrollmentId, String planCode, String personKey) {
        return table.remove(partition(enrollmentId, planCode, personKey), personKey, CODEC);
    }

    @Override
    public void deleteAll(String enrollmentId, String planCode) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        eachShard(enrollmentId, planCode, List.of("PK", "SK"), SHARDS,
                shard -> shard.forEach(item -> keys.add(Map.of("PK", item.get("PK"), "SK", item.get("SK")))));
        table.deleteAllKeys(keys);
    }

    /** Every member, shard after shard, eight shards read at once: half a large plan's items in memory at a time. */
    @Override
    public void forEach(String enrollmentId, String planCode, Consumer<Member> each) {
        eachShard(enrollmentId, planCode, null, 8, shard -> shard.forEach(item -> each.accept(CODEC.decode(item))));
    }

    @Override
    public MemberStats count(String enrollmentId, String planCode) {
        int[] counts = new int[3];
        eachShard(enrollmentId, planCode, COUNTED, SHARDS, shard -> {
            for (Map<String, AttributeValue> item : shard) {
                counts[0]++;
                counts[1] += Occupation.HIGH_RISK.name().equals(ItemCodec.text(item, "occupation")) ? 1 : 0;
                counts[2] += item.containsKey("unexpiredUntil") ? 1 : 0;
            }
        });
        return new MemberStats(counts[0], counts[1], counts[2]);
    }

    /**
     * The items of every shard of a plan, {@code atOnce} shards read together and then handed on in shard order
     * ({@code attributes} null: whole items).
     */
    private void eachShard(String enrollmentId, String planCode, List<String> attributes, int atOnce,
            Consumer<List<Map<String, AttributeValue>>> each) {
        for (List<String> group : Parallel.pieces(partitions(enrollmentId, planCode), atOnce)) {
            Parallel.all(group.stream().<Callable<List<Map<String, AttributeValue>>>>map(partition -> () -> {
                List<Map<String, AttributeValue>> items = new ArrayList<>();
                table.queryProjected(Query.on(null, "PK", partition).build(), attributes, items::add);
                return items;
            }).toList()).forEach(each);
        }
    }
}
