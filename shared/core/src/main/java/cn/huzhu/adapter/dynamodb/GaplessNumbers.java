package cn.huzhu.adapter.dynamodb;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.Superseded;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Numbers without gaps in a series, each taken by one owner for good (an invoice its 票据号码, an enrollment its
 * 确认书号), without transactions.
 *
 * <p>A number is taken by a conditional put of its claim naming the owner, so two owners never share one, and the
 * lowest free number above the series' hint is the one tried, so none is skipped. The owner's pointer records the
 * number being tried before the claim is attempted, and every write of the pointer is a compare-and-set on its
 * revision: a taker that read an older pointer fails its write and reads again, so all takers of one owner walk the
 * same candidates and a run that died after claiming finds its number again. A taker only claims the candidate its
 * own last pointer write named, and the pointer only moves past numbers others own: one owner never takes two numbers.
 *
 * <p>With an {@code epoch} above 0 (the lease of a background run), the pointer also refuses writes from an epoch
 * lower than the last one that wrote it: a run that was taken over stops ({@link Superseded}).
 */
final class GaplessNumbers {
    static final String LAST = "LAST";

    private final DynamoTable table;

    GaplessNumbers(DynamoTable table) {
        this.table = table;
    }

    /** Where a series keeps its claims (SK: the formatted number) and its hint (SK LAST). */
    record Series(String partition, String name, LongFunction<String> format) {
    }

    /** @param trying the number being tried; number the one taken; rev the compare-and-set revision */
    record PointerItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String series, Long trying,
            String number, long rev, long epoch) {
    }

    record ClaimItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String series, String number,
            String owner) {
    }

    record LastItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, Long last) {
    }

    /** The number the owner holds in the series, taking the lowest free one the first time. */
    String take(Series series, String pointerPk, String owner, long epoch) {
        while (true) {
            Optional<PointerItem> stored = pointer(pointerPk);
            if (stored.isPresent() && !stored.get().series().equals(series.name())) {
                throw new IllegalStateException(owner + " holds a number of series " + stored.get().series());
            }
            if (stored.isPresent() && stored.get().epoch() > epoch) {
                throw new Superseded("numbering for " + owner);
            }
            if (stored.isPresent() && stored.get().number() != null) {
                return stored.get().number();
            }
            long candidate = stored.map(PointerItem::trying).orElseGet(() -> last(series) + 1);
            long rev = stored.map(PointerItem::rev).orElse(0L);
            String taken = walk(series, pointerPk, owner, epoch, candidate, rev);
            if (taken != null) {
                return taken;
            }
        }
    }

    /** Tries candidates from {@code candidate} on; null when another taker of this owner moved the pointer. */
    private String walk(Series series, String pointerPk, String owner, long epoch, long candidate, long rev) {
        long next = candidate;
        long seen = rev;
        while (true) {
            if (!write(new PointerItem(pointerPk, "PTR", series.name(), next, null, seen + 1, epoch), seen)) {
                return null;
            }
            seen++;
            String number = series.format().apply(next);
            if (table.insert(new ClaimItem(series.partition(), number, series.name(), number, owner))
                    || owner.equals(ownerOf(series, number))) {
                write(new PointerItem(pointerPk, "PTR", series.name(), null, number, seen + 1, epoch), seen);
                table.raise(series.partition(), LAST, "last", next);
                return number;
            }
            next++;
        }
    }

    private boolean write(PointerItem item, long seenRev) {
        if (seenRev == 0) {
            return table.putIf(item, "attribute_not_exists(PK)", Map.of(), Map.of());
        }
        return table.putIf(item, "#rev = :rev AND (attribute_not_exists(#epoch) OR #epoch <= :epoch)",
                Map.of("#rev", "rev", "#epoch", "epoch"), Map.of(":rev", AttributeValue.fromN(Long.toString(seenRev)),
                        ":epoch", AttributeValue.fromN(Long.toString(item.epoch()))));
    }

    private Optional<PointerItem> pointer(String pointerPk) {
        return table.get(pointerPk, "PTR", PointerItem.class);
    }

    private String ownerOf(Series series, String number) {
        return table.get(series.partition(), number, ClaimItem.class).map(ClaimItem::owner).orElse(null);
    }

    private long last(Series series) {
        return table.get(series.partition(), LAST, LastItem.class).map(LastItem::last).orElse(0L);
    }

    /** The number an owner took in a series, if it took one. */
    Optional<String> taken(String pointerPk, String series) {
        return pointer(pointerPk).filter(p -> p.series().equals(series)).map(PointerItem::number);
    }
}
