package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Member;
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
        List<Coverage> staleCover = new ArrayList<>();
        table.scanPrefix("COVER#", SEGMENTS, DynamoCoverageStore.CODEC, coverage -> {
            if (coverage.personKey().startsWith(prefix) && !keys.isCurrent(coverage.personKey())) {
                staleCover.add(coverage);
            }
        });
        for (Coverage coverage : staleCover) {
            Optional<Member> member = table.get(DynamoMemberStore.partition(coverage.enrollmentId(), coverage.planCode(),
                    coverage.personKey()), coverage.personKey(), DynamoMemberStore.CODEC);
            if (member.isEmpty()) {
                counts[2]++;
                continue;
            }
            String key = keyOf(keys, member.get());
            table.putAll(List.of(new Coverage(coverage.activityType(), key, coverage.startsOn(), coverage.endsOn(),
                    coverage.enrollmentId(), coverage.planCode())), DynamoCoverageStore.CODEC);
            table.delete(DynamoCoverageStore.partition(coverage.personKey()), coverage.activityType().name());
            counts[0]++;
        }
        List<Member> staleMembers = new ArrayList<>();
        table.scanPrefix("MEM#", SEGMENTS, DynamoMemberStore.CODEC, member -> {
            if (member.key().startsWith(prefix) && !keys.isCurrent(member.key())) {
                staleMembers.add(member);
            }
        });
        for (Member member : staleMembers) {
            Member rekeyed = new Member(member.enrollmentId(), member.planCode(), keyOf(keys, member), member.person(),
                    member.coverageStart(), member.unexpiredUntil(), member.batchId(), member.updatedAt());
            table.putAll(List.of(rekeyed), DynamoMemberStore.CODEC);
            table.delete(DynamoMemberStore.partition(member.enrollmentId(), member.planCode(), member.key()), member.key());
            counts[1]++;
        }
        return new Report(counts[0], counts[1], counts[2]);
    }

    private static String keyOf(PersonKeys keys, Member member) {
        return keys.of(member.person().idType(), member.person().idNumber());
    }
}
