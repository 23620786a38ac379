package cn.huzhu.adapter.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.identity.PersonKey;
import cn.huzhu.domain.identity.ResidentIdNumber;
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

        Member toMember() {
            Person person = new Person(name, IdDocumentType.valueOf(idType), idNumber, Gender.valueOf(gender),
                    LocalDate.parse(birthDate), phone == null ? "" : phone, Occupation.valueOf(occupation),
                    note == null ? "" : note);
            return new Member(enrollmentId, planCode, person, LocalDate.parse(coverageStart),
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
    public Page<Member> list(String enrollmentId, String planCode, String query, boolean unexpiredOnly, String cursor,
            int limit) {
        String text = query == null ? "" : query.trim();
        if (looksLikeIdNumber(text)) {
            return findByNumber(enrollmentId, planCode, text, unexpiredOnly);
        }
        Query.Builder builder = Query.on(null, "PK", partition(enrollmentId, planCode)).limit(limit).cursor(cursor);
        if (!text.isEmpty()) {
            builder.filter("contains(#name, :name)", Map.of("#name", "name"), Map.of(":name", AttributeValue.fromS(text)));
        }
        if (unexpiredOnly) {
            builder.filter("attribute_exists(#until)", Map.of("#until", "unexpiredUntil"), Map.of());
        }
        return table.query(builder.build(), MemberItem.class).map(MemberItem::toMember);
    }

    private static boolean looksLikeIdNumber(String text) {
        String normalized = ResidentIdNumber.normalize(text);
        return normalized.length() >= 5 && normalized.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c) && c < 128)
                && normalized.chars().filter(Character::isDigit).count() >= 4;
    }

    /** A whole ID number is looked up by its person key under every document type: no scan, no number in a filter. */
    private Page<Member> findByNumber(String enrollmentId, String planCode, String number, boolean unexpiredOnly) {
        String normalized = ResidentIdNumber.normalize(number);
        List<Key> keys = Arrays.stream(IdDocumentType.values())
                .map(type -> DynamoTable.key(partition(enrollmentId, planCode), PersonKey.of(type, normalized))).toList();
        List<Member> found = table.getAll(keys, MemberItem.class).stream().map(MemberItem::toMember)
                .filter(member -> !unexpiredOnly || member.unexpired()).toList();
        return new Page<>(found, null, found.size());
    }

    @Override
    public void delete(String enrollmentId, String planCode, String personKey) {
        table.delete(partition(enrollmentId, planCode), personKey);
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
