package cn.huzhu.adapter.dynamodb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cn.huzhu.app.Parallel;
import cn.huzhu.app.port.ArrivalStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.statement.Arrival;
import cn.huzhu.domain.statement.BankLine;
import cn.huzhu.domain.statement.Match;
import cn.huzhu.domain.statement.MatchStatus;
import cn.huzhu.domain.statement.StatementColumn;
import cn.huzhu.domain.statement.StatementMapping;
import cn.huzhu.domain.statement.StatementTable;
import cn.huzhu.domain.statement.StatementUpload;

/**
 * 到账记录 each under its own partition key {@code ARRIVAL#<line key>} (a statement's lines spread over as many
 * partitions as it has lines), listed per org and status through GSI1 by the transfer's date; decisions beside the line;
 * the claim of an enrollment by one line under {@code ARRIVALCLAIM#<enrollment>}; uploads under
 * {@code STATEMENT#<id>}, listed per org through GSI1.
 */
public final class DynamoArrivalStore implements ArrivalStore {
    private static final String LINE_SK = "ARRIVAL";
    private final DynamoTable table;

    public DynamoArrivalStore(DynamoTable table) {
        this.table = table;
    }

    record ArrivalItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk, String key, String orgCode,
            String uploadId, String account, String serialNo, String bookedOn, long amountFen, String payerName,
            String payerAccount, String remark, int row, int ordinal, String status, String reason,
            List<String> enrollmentIds, List<String> suggestions, Long differenceFen, List<String> grouped,
            List<String> confirmedFor, String note, String createdAt, long version) {

        static ArrivalItem of(Arrival a, long version) {
            BankLine l = a.line();
            Match m = a.match();
            return new ArrivalItem("ARRIVAL#" + a.key(), LINE_SK, listKey(a.orgCode(), m.status()),
                    l.bookedOn() + "#" + a.key(), a.key(), a.orgCode(), a.uploadId(), l.account(), l.serialNo(),
                    l.bookedOn().toString(), l.amount().fen(), l.payerName(), l.payerAccount(), l.remark(), l.row(),
                    l.ordinal(), m.status().name(), m.reason(), m.enrollmentIds(),
                    m.suggestions().stream().map(s -> s.score() + "|" + String.join(",", s.enrollmentIds())).toList(),
                    m.difference() == null ? null : m.difference().fen(), m.group(), a.confirmedFor(), a.note(),
                    Times.text(a.createdAt()), version);
        }

        Arrival toArrival() {
            BankLine line = new BankLine(account, serialNo, LocalDate.parse(bookedOn), Money.ofFen(amountFen), payerName,
                    payerAccount, remark, row, ordinal);
            List<Match.Suggestion> ranked = new ArrayList<>();
            for (String s : suggestions == null ? List.<String>of() : suggestions) {
                int bar = s.indexOf('|');
                ranked.add(new Match.Suggestion(List.of(s.substring(bar + 1).split(",")), Integer.parseInt(s.substring(0, bar))));
            }
            Match match = new Match(MatchStatus.valueOf(status), reason, nonNull(enrollmentIds), ranked,
                    differenceFen == null ? null : Money.ofFen(differenceFen), nonNull(grouped));
            return new Arrival(key, orgCode, uploadId, line, match, confirmedFor, note, Times.instant(createdAt), version);
        }
    }

    record MappingItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String bank, List<String> header,
            Map<String, Integer> columns, List<Integer> remarks) {
        StatementMapping toMapping() {
            Map<StatementColumn, Integer> fields = new EnumMap<>(StatementColumn.class);
            columns.forEach((k, v) -> fields.put(StatementColumn.valueOf(k), v));
            return new StatementMapping(bank, header, fields, remarks == null ? List.of() : remarks);
        }
    }

    record ClaimItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String enrollmentId, String lineKey) {
    }

    record DecisionItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String at, String by, String action,
            String detail) {
    }

    record UploadItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk, String id, String orgCode,
            String fileName, String fileKey, long fileSize, String status, String message, int credits, int added,
            int debits, Map<String, Integer> outcomes, List<String> problems, String createdBy, String createdAt,
            String finishedAt, long version, List<List<String>> preview) {

        static UploadItem of(StatementUpload u, long version) {
            Map<String, Integer> counts = u.outcomes().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
            return new UploadItem("STATEMENT#" + u.id(), "STATEMENT", "STATEMENTS#" + u.orgCode(), Times.text(u.createdAt()),
                    u.id(), u.orgCode(), u.fileName(), u.fileKey(), u.fileSize(), u.status().name(), u.message(),
                    u.credits(), u.added(), u.debits(), counts,
                    u.problems().stream().map(p -> p.row() + "\u0001" + p.column() + "\u0001" + p.message()).toList(),
                    u.createdBy(), Times.text(u.createdAt()), Times.text(u.finishedAt()), version, u.preview());
        }

        StatementUpload toUpload() {
            Map<MatchStatus, Integer> counts = new EnumMap<>(MatchStatus.class);
            (outcomes == null ? Map.<String, Integer>of() : outcomes).forEach((k, v) -> counts.put(MatchStatus.valueOf(k), v));
            List<StatementTable.Problem> refused = new ArrayList<>();
            for (String p : problems == null ? List.<String>of() : problems) {
                String[] parts = p.split("\u0001", 3);
                refused.add(new StatementTable.Problem(Integer.parseInt(parts[0]), parts[1], parts[2]));
            }
            return new StatementUpload(id, orgCode, fileName, fileKey, fileSize, StatementUpload.Status.valueOf(status),
                    message, credits, added, debits, counts, refused, createdBy, Times.instant(createdAt),
                    Times.instant(finishedAt), version, preview);
        }
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }

    static String listKey(String orgCode, MatchStatus status) {
        return "ARRIVALS#" + orgCode + "#" + status.name();
    }

    @Override
    public Set<String> existing(Collection<String> keys) {
        List<Map<String, AttributeValue>> wanted = keys.stream().distinct().map(k -> ItemCodec.key("ARRIVAL#" + k, LINE_SK))
                .toList();
        return new HashSet<>(table.getAll(wanted, List.of("PK"), PARTITION_SUFFIX));
    }

    /** Reads nothing but an item's partition key, and gives back what follows its prefix's '#'. */
    private static final ItemCodec<String> PARTITION_SUFFIX = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> encode(String value) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public String decode(Map<String, AttributeValue> item) {
            String pk = ItemCodec.text(item, "PK");
            return pk.substring(pk.indexOf('#') + 1);
        }
    };

    @Override
    public List<Arrival> addNew(List<Arrival> arrivals) {
        List<java.util.concurrent.Callable<Arrival>> inserts = arrivals.stream()
                .<java.util.concurrent.Callable<Arrival>>map(a -> () -> table.insert(ArrivalItem.of(a, 1))
                        ? new Arrival(a.key(), a.orgCode(), a.uploadId(), a.line(), a.match(), a.confirmedFor(), a.note(),
                                a.createdAt(), 1)
                        : null)
                .toList();
        return Parallel.all(inserts).stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<Arrival> find(String key) {
        return table.get("ARRIVAL#" + key, LINE_SK, ArrivalItem.class).map(ArrivalItem::toArrival);
    }

    @Override
    public boolean update(Arrival changed) {
        try {
            table.putVersioned(ArrivalItem.of(changed, changed.version() + 1), changed.version());
            return true;
        } catch (DomainException concurrent) {
            return false;
        }
    }

    @Override
    public long count(String orgCode, MatchStatus status) {
        return table.count(Query.on(DynamoTable.GSI1, "GSI1PK", listKey(orgCode, status)).build());
    }

    @Override
    public Page<Arrival> list(Filter filter, String cursor, int limit) {
        Query.Builder query = Query.on(DynamoTable.GSI1, "GSI1PK", listKey(filter.orgCode(), filter.status())).descending()
                .limit(limit).cursor(cursor);
        if (filter.from() != null || filter.to() != null) {
            query.sortBetween("GSI1SK", (filter.from() == null ? "0000-00-00" : filter.from().toString()) + "#",
                    (filter.to() == null ? "9999-99-99" : filter.to().toString()) + "#~");
        }
        if (filter.min() != null) {
            query.filter("#amt >= :min", Map.of("#amt", "amountFen"), Map.of(":min", number(filter.min().fen())));
        }
        if (filter.max() != null) {
            query.filter("#amt <= :max", Map.of("#amt", "amountFen"), Map.of(":max", number(filter.max().fen())));
        }
        return table.query(query.build(), ArrivalItem.class).map(ArrivalItem::toArrival);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    @Override
    public boolean claim(String enrollmentId, String lineKey) {
        return table.insert(new ClaimItem("ARRIVALCLAIM#" + enrollmentId, "CLAIM", enrollmentId, lineKey))
                || table.get("ARRIVALCLAIM#" + enrollmentId, "CLAIM", ClaimItem.class)
                        .map(held -> held.lineKey().equals(lineKey)).orElse(false);
    }

    @Override
    public Set<String> claimAll(Map<String, String> enrollmentByLine) {
        List<java.util.concurrent.Callable<String>> claims = enrollmentByLine.entrySet().stream()
                .<java.util.concurrent.Callable<String>>map(e -> () -> claim(e.getValue(), e.getKey()) ? e.getKey() : null)
                .toList();
        return Parallel.all(claims).stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    @Override
    public void release(String enrollmentId, String lineKey) {
        table.deleteIf("ARRIVALCLAIM#" + enrollmentId, "CLAIM", "#l = :l", Map.of("#l", "lineKey"),
                Map.of(":l", AttributeValue.fromS(lineKey)));
    }

    @Override
    public Set<String> claimed(Collection<String> enrollmentIds) {
        List<Map<String, AttributeValue>> wanted = enrollmentIds.stream().distinct()
                .map(id -> ItemCodec.key("ARRIVALCLAIM#" + id, "CLAIM")).toList();
        return new HashSet<>(table.getAll(wanted, List.of("PK"), PARTITION_SUFFIX));
    }

    @Override
    public void record(String lineKey, Decision decision) {
        table.put(new DecisionItem("ARRIVAL#" + lineKey, "DECISION#" + decision.at() + "#" + UUID.randomUUID(),
                decision.at(), decision.by(), decision.action(), decision.detail()));
    }

    @Override
    public List<Decision> decisions(String lineKey) {
        List<Decision> found = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", "ARRIVAL#" + lineKey).sortBeginsWith("SK", "DECISION#").build(),
                DecisionItem.class, d -> found.add(new Decision(d.at(), d.by(), d.action(), d.detail())));
        return found;
    }

    @Override
    public List<StatementMapping> mappings(String orgCode) {
        List<StatementMapping> found = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", "STMTMAP#" + orgCode).build(), MappingItem.class,
                item -> found.add(item.toMapping()));
        return found;
    }

    @Override
    public void saveMapping(String orgCode, StatementMapping mapping) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        mapping.columns().forEach((k, v) -> columns.put(k.name(), v));
        table.put(new MappingItem("STMTMAP#" + orgCode, mapping.bank(), mapping.bank(), mapping.header(), columns,
                mapping.remarks()));
    }

    @Override
    public StatementUpload createUpload(StatementUpload upload) {
        table.putVersioned(UploadItem.of(upload, 1), null);
        return withVersion(upload, 1);
    }

    @Override
    public Optional<StatementUpload> findUpload(String id) {
        return table.get("STATEMENT#" + id, "STATEMENT", UploadItem.class).map(UploadItem::toUpload);
    }

    @Override
    public boolean updateUpload(StatementUpload changed) {
        try {
            table.putVersioned(UploadItem.of(changed, changed.version() + 1), changed.version());
            return true;
        } catch (DomainException concurrent) {
            return false;
        }
    }

    @Override
    public List<StatementUpload> uploads(String orgCode, int limit) {
        return table.query(Query.on(DynamoTable.GSI1, "GSI1PK", "STATEMENTS#" + orgCode).descending().limit(limit).build(),
                UploadItem.class).items().stream().map(UploadItem::toUpload).toList();
    }

    private static StatementUpload withVersion(StatementUpload u, long version) {
        return new StatementUpload(u.id(), u.orgCode(), u.fileName(), u.fileKey(), u.fileSize(), u.status(), u.message(),
                u.credits(), u.added(), u.debits(), u.outcomes(), u.problems(), u.createdBy(), u.createdAt(),
                u.finishedAt(), version, u.preview());
    }
}
