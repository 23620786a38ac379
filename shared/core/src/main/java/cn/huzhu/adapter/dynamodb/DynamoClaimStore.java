package cn.huzhu.adapter.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonProperty;

import software.amazon.awssdk.enhanced.dynamodb.Key;

import cn.huzhu.app.Parallel;
import cn.huzhu.app.port.ClaimStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.claim.BankAccount;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimDocument;
import cn.huzhu.domain.claim.ClaimEvent;
import cn.huzhu.domain.claim.ClaimKind;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.claim.ClaimStep;
import cn.huzhu.domain.claim.TermLedger;
import cn.huzhu.domain.common.DomainException;

/**
 * Claims (PK CLAIM#id), a unit's in GSI1 (UNITCLAIM#unit, newest first) and an org's per state in GSI2
 * (ORGCLAIM#org#state, by filing); a term's ledger beside the member's claims (CLAIMTERM#business#plan#member), written
 * with a version so that assessments of one term go one at a time. Claims are filed by hand: no partition is hot.
 */
public final class DynamoClaimStore implements ClaimStore {
    private final DynamoTable table;

    public DynamoClaimStore(DynamoTable table) {
        this.table = table;
    }

    record ClaimItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk,
            @JsonProperty("GSI2PK") String gsi2pk, @JsonProperty("GSI2SK") String gsi2sk,
            @JsonProperty("GSI3PK") String gsi3pk, @JsonProperty("GSI3SK") String gsi3sk, String id, String claimNo,
            Claim.Member member, ClaimKind kind, Instant createdAt, String createdBy, ClaimEvent event, BankAccount account,
            List<ClaimDocument> documents, Claim.Handling handling, List<ClaimStep> steps, long version) {

        static ClaimItem of(Claim c, long version) {
            String time = Times.sortable(c.createdAt()) + "#" + c.id();
            return new ClaimItem("CLAIM#" + c.id(), "CLAIM", "UNITCLAIM#" + c.member().unitId(), time,
                    stateKey(c.member().orgCode(), c.state()), time, memberKey(c.member()), time, c.id(), c.claimNo(), c.member(), c.kind(), c.createdAt(),
                    c.createdBy(), c.event(), c.account(), c.documents(), c.handling(), c.steps(), version);
        }

        Claim toClaim() {
            return new Claim(id, claimNo, member, kind, createdAt, createdBy, event, account,
                    documents == null ? List.of() : documents, handling, steps == null ? List.of() : steps, version);
        }
    }

    record LedgerItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, Map<String, TermLedger.Entry> entries,
            long version) {
    }

    /** A member's claims in GSI3 (keys only), for the checks that look at their other claims. */
    static String memberKey(Claim.Member m) {
        return memberIndex(new MemberOfPlan(m.enrollmentId(), m.planCode(), m.key()));
    }

    private static String memberIndex(MemberOfPlan m) {
        return "CLAIMMEM#" + m.enrollmentId() + "#" + m.planCode() + "#" + m.memberKey();
    }

    private static String idOf(Key key) {
        return key.partitionKeyValue().s().substring("CLAIM#".length());
    }

    static String stateKey(String orgCode, ClaimState state) {
        return "ORGCLAIM#" + orgCode + "#" + state.name();
    }

    private static String ledgerKey(String enrollmentId, String planCode, String memberKey) {
        return "CLAIMTERM#" + enrollmentId + "#" + planCode + "#" + memberKey;
    }

    @Override
    public void create(Claim claim) {
        table.putVersioned(ClaimItem.of(claim, 1), null);
        claim.savedAs(1);
    }

    @Override
    public void update(Claim claim) {
        long next = claim.version() + 1;
        table.putVersioned(ClaimItem.of(claim, next), claim.version());
        claim.savedAs(next);
    }

    @Override
    public Optional<Claim> find(String id) {
        return table.get("CLAIM#" + id, "CLAIM", ClaimItem.class).map(ClaimItem::toClaim);
    }

    @Override
    public Map<String, Claim> findAll(Collection<String> ids) {
        Map<String, Claim> found = new HashMap<>();
        table.getAll(ids.stream().distinct().map(id -> DynamoTable.key("CLAIM#" + id, "CLAIM")).toList(), ClaimItem.class)
                .forEach(item -> found.put(item.id(), item.toClaim()));
        return found;
    }

    @Override
    public Page<Claim> forUnit(String unitId, String cursor, int limit) {
        Page<ClaimItem> page = table.query(Query.on(DynamoTable.GSI1, "GSI1PK", "UNITCLAIM#" + unitId).descending()
                .limit(limit).cursor(cursor).build(), ClaimItem.class);
        return new Page<>(page.items().stream().map(ClaimItem::toClaim).toList(), page.next(), page.total());
    }

    @Override
    public Page<Claim> forOrg(String orgCode, ClaimState state, String cursor, int limit) {
        if (state == null) {
            List<Query> queries = java.util.Arrays.stream(ClaimState.values()).filter(s -> s != ClaimState.DRAFT)
                    .map(s -> Query.on(DynamoTable.GSI2, "GSI2PK", stateKey(orgCode, s)).limit(limit).build()).toList();
            Page<ClaimItem> page = table.queryMerged(queries, "GSI2SK", cursor, limit, ClaimItem.class);
            return new Page<>(page.items().stream().map(ClaimItem::toClaim).toList(), page.next(), page.total());
        }
        Page<ClaimItem> page = table.query(Query.on(DynamoTable.GSI2, "GSI2PK", stateKey(orgCode, state)).limit(limit)
                .cursor(cursor).build(), ClaimItem.class);
        return new Page<>(page.items().stream().map(ClaimItem::toClaim).toList(), page.next(), page.total());
    }

    @Override
    public List<Claim> ofMember(String enrollmentId, String planCode, String memberKey) {
        return ofMembers(List.of(new MemberOfPlan(enrollmentId, planCode, memberKey))).values().iterator().next();
    }

    /** Each member's claim keys from the member index, the indexes queried at once; then the claims in batches. */
    @Override
    public Map<MemberOfPlan, List<Claim>> ofMembers(Collection<MemberOfPlan> members) {
        List<MemberOfPlan> distinct = members.stream().distinct().toList();
        List<List<Key>> keys = Parallel.all(distinct.stream().<Callable<List<Key>>>map(member -> () -> {
            List<Key> found = new ArrayList<>();
            table.queryProjected(Query.on(DynamoTable.GSI3, "GSI3PK", memberIndex(member)).build(), List.of("PK", "SK"),
                    item -> found.add(DynamoTable.key(ItemCodec.text(item, "PK"), ItemCodec.text(item, "SK"))));
            return found;
        }).toList());
        Map<String, Claim> byId = new HashMap<>();
        table.getAll(keys.stream().flatMap(List::stream).toList(), ClaimItem.class)
                .forEach(item -> byId.put(item.id(), item.toClaim()));
        Map<MemberOfPlan, List<Claim>> claims = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            claims.put(distinct.get(i), keys.get(i).stream().map(key -> byId.get(idOf(key))).filter(Objects::nonNull)
                    .toList());
        }
        return claims;
    }

    @Override
    public TermLedger ledger(String enrollmentId, String planCode, String memberKey) {
        return table.get(ledgerKey(enrollmentId, planCode, memberKey), "LEDGER", LedgerItem.class)
                .map(item -> new TermLedger(item.entries() == null ? Map.of() : item.entries(), item.version()))
                .orElse(TermLedger.EMPTY);
    }

    @Override
    public boolean saveLedger(String enrollmentId, String planCode, String memberKey, TermLedger ledger) {
        LedgerItem item = new LedgerItem(ledgerKey(enrollmentId, planCode, memberKey), "LEDGER", ledger.entries(),
                ledger.version() + 1);
        try {
            table.putVersioned(item, ledger.version() == 0 ? null : ledger.version());
            return true;
        } catch (DomainException changed) {
            return false;
        }
    }
}
