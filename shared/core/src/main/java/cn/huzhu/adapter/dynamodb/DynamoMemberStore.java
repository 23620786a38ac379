package cn.huzhu.adapter.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Members: one partition per plan of an enrollment (PK MEM#enrollment#plan), keyed by the person key, so importing
 * the same person again replaces the member instead of adding one.
 */
public final class DynamoMemberStore implements MemberStore {
    private final DynamoTable table;

    public DynamoMemberStore(DynamoTable table) {
        this.table = table;
    }

    record MemberItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String enrollmentId,
            String planCode, String name, String idType, String idNumber, String gender, String birthDate, String phone,
            String occupation, String note, String coverageStart, String unexpiredUntil, String batchId,
            String updatedAt) {

        static MemberItem of(Member m) {
            Person p = m.person();
            return new MemberItem(partition(m.enrollmentId(), m.planCode()), m.key(), m.enrollmentId(), m.planCode(), p.name(),
                    p.idType().name(), p.idNumber(), p.gender().name(), p.birthDate().toString(), p.phone(),
                    p.occupation().name(), p.note(), m.coverageStart().toString(),
                    m.unexpiredUntil() == null ? null : m.unexpiredUntil().toString(), m.batchId(), Times.text(m.updatedAt()));
        }

        /** The same member under another person key (after a rotation of the person-key ring). */
        MemberItem rekeyed(String key) {
            return new MemberItem(pk, key, enrollmentId, planCode, name, idType, idNumber, gender, birthDate, phone,
                    occupation, note, coverageStart, unexpiredUntil, batchId, updatedAt);
        }

        Member toMember() {
            Person person = new Person(name, IdDocumentType.valueOf(idType), idNumber, Gender.valueOf(gender),
                    LocalDate.parse(birthDate), phone == null ? "" : phone, Occupation.valueOf(occupation),
                    note == null ? "" : note);
            return new Member(enrollmentId, planCode, sk, person, LocalDate.parse(coverageStart),
                    unexpiredUntil == null ? null : LocalDate.parse(unexpiredUntil), batchId, Instant.parse(updatedAt));
        }
    }

    static String partition(String enrollmentId, String planCode) {
        return "MEM#" + enrollmentId + "#" + planCode;
    }

    @Override
    public void putAll(Collection<Member> members) {
        table.putAll(members.stream().map(MemberItem::of).toList());
    }

    @Override
    public Optional<Member> find(String enrollmentId, String planCode, String personKey) {
        return table.get(partition(enrollmentId, planCode), personKey, MemberItem.class).map(MemberItem::toMember);
    }

    @Override
    public List<Member> findAll(String enrollmentId, String planCode, Collection<String> personKeys) {
        List<Key> keys = personKeys.stream().map(key -> DynamoTable.key(partition(enrollmentId, planCode), key)).toList();
        return table.getAll(keys, MemberItem.class).stream().map(MemberItem::toMember).toList();
    }

    @Override
    public Page<Member> list(String enrollmentId, String planCode, String nameContains, boolean unexpiredOnly,
            String cursor, int limit) {
        String text = nameContains == null ? "" : nameContains.trim();
        Query.Builder builder = Query.on(null, "PK", partition(enrollmentId, planCode)).limit(limit).cursor(cursor);
        if (!text.isEmpty()) {
            builder.filter("contains(#name, :name)", Map.of("#name", "name"), Map.of(":name", AttributeValue.fromS(text)));
        }
        if (unexpiredOnly) {
            builder.filter("attribute_exists(#until)", Map.of("#until", "unexpiredUntil"), Map.of());
        }
        return table.query(builder.build(), MemberItem.class).map(MemberItem::toMember);
    }

    @Override
    public Optional<Member> put(Member member) {
        return table.replace(MemberItem.of(member), MemberItem.class).map(MemberItem::toMember);
    }

    @Override
    public boolean insert(Member member) {
        return table.insert(MemberItem.of(member));
    }

    @Override
    public Optional<Member> remove(String enrollmentId, String planCode, String personKey) {
        return table.remove(partition(enrollmentId, planCode), personKey, MemberItem.class).map(MemberItem::toMember);
    }

    @Override
    public void deleteAll(String enrollmentId, String planCode) {
        String pk = partition(enrollmentId, planCode);
        List<Key> keys = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", pk).limit(1000).build(), MemberItem.class,
                item -> keys.add(DynamoTable.key(pk, item.sk())));
        table.deleteAll(keys);
    }

    @Override
    public void forEach(String enrollmentId, String planCode, Consumer<Member> each) {
        table.queryAll(Query.on(null, "PK", partition(enrollmentId, planCode)).limit(1000).build(), MemberItem.class,
                item -> each.accept(item.toMember()));
    }

    @Override
    public MemberStats count(String enrollmentId, String planCode) {
        int[] counts = new int[3];
        table.queryAll(Query.on(null, "PK", partition(enrollmentId, planCode)).limit(1000).build(), MemberItem.class, item -> {
            counts[0]++;
            if (Occupation.HIGH_RISK.name().equals(item.occupation())) {
                counts[1]++;
            }
            if (item.unexpiredUntil() != null) {
                counts[2]++;
            }
        });
        return new MemberStats(counts[0], counts[1], counts[2]);
    }
}
