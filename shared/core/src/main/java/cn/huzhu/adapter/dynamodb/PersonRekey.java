package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.identity.PersonKeys;

/**
 * Re-keys people after a new key of the person-key ring became current: every item named by a person key made with
 * the older key named is written again under the key the current one makes from the stored document number, and the old one
 * is deleted. Coverage first (its number is found through the member it came from, still under the old key), members
 * last, so a run that stops half way can simply be run again. Meant for a quiet hour: a person whose items are half
 * re-keyed is found under one key or the other, not both.
 */
public final class PersonRekey {
    private static final int SEGMENTS = 4;

    private final DynamoTable table;

    public PersonRekey(DynamoTable table) {
        this.table = table;
    }

    /** How many items were re-keyed, and how many could not be (no member to read the number from). */
    public record Report(int coverages, int members, int orphanCoverages) {
    }

    /** @param fromKeyId the id of the ring key whose people move to the current one */
    public Report run(PersonKeys keys, String fromKeyId) {
        String prefix = fromKeyId + ".";
        int[] counts = new int[3];
        List<DynamoCoverageStore.CoverageItem> staleCover = new ArrayList<>();
        table.scanPrefix("COVER#", SEGMENTS, DynamoCoverageStore.CoverageItem.class, item -> {
            if (item.personKey().startsWith(prefix) && !keys.isCurrent(item.personKey())) {
                staleCover.add(item);
            }
        });
        for (DynamoCoverageStore.CoverageItem item : staleCover) {
            var member = table.get(DynamoMemberStore.partition(item.enrollmentId(), item.planCode()), item.personKey(),
                    DynamoMemberStore.MemberItem.class);
            if (member.isEmpty()) {
                counts[2]++;
                continue;
            }
            String key = keys.of(IdDocumentType.valueOf(member.get().idType()), member.get().idNumber());
            table.put(item.rekeyed(key));
            table.delete(item.pk(), item.sk());
            counts[0]++;
        }
        List<DynamoMemberStore.MemberItem> staleMembers = new ArrayList<>();
        table.scanPrefix("MEM#", SEGMENTS, DynamoMemberStore.MemberItem.class, item -> {
            if (item.sk().startsWith(prefix) && !keys.isCurrent(item.sk())) {
                staleMembers.add(item);
            }
        });
        for (DynamoMemberStore.MemberItem item : staleMembers) {
            table.put(item.rekeyed(keys.of(IdDocumentType.valueOf(item.idType()), item.idNumber())));
            table.delete(item.pk(), item.sk());
            counts[1]++;
        }
        return new Report(counts[0], counts[1], counts[2]);
    }
}
