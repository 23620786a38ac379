package cn.huzhu.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.app.port.Superseded;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.TestAws;

/** 票据号码 against dynalite: gap-free under parallel issuing, one per invoice however often asked, crash-safe. */
class DynamoReceiptBookTest {
    private static final DynamoTable TABLE = DynamoTable.create(new AwsSettings(TestAws.all()));
    private final DynamoReceiptBook book = new DynamoReceiptBook(TABLE);

    /** A 票据代码 of its own per test, so numbers of other tests and runs never mix in. */
    private static String freshCode() {
        return "8" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
    }

    private static GaplessNumbers.PointerItem pointer(String code, String invoice, Long trying, String number, long rev,
            long epoch) {
        return new GaplessNumbers.PointerItem(DynamoReceiptBook.pointer(invoice), "PTR", code, trying, number, rev, epoch);
    }

    @Test
    void parallelIssuingTakesEveryNumberFromOneOnceAndEachInvoiceKeepsItsOwn() throws Exception {
        String code = freshCode();
        List<String> invoices = IntStream.range(0, 40).mapToObj(i -> "inv-" + code + "-" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Map<String, Future<String>> first = new HashMap<>();
        Map<String, Future<String>> again = new HashMap<>();
        try {
            for (String invoice : invoices) {
                first.put(invoice, pool.submit(() -> book.numberFor(code, invoice, 1)));
            }
            for (String invoice : invoices) {
                again.put(invoice, pool.submit(() -> book.numberFor(code, invoice, 1)));
            }
            List<String> numbers = new ArrayList<>();
            for (String invoice : invoices) {
                String number = first.get(invoice).get();
                assertThat(again.get(invoice).get()).as(invoice).isEqualTo(number);
                numbers.add(number);
            }
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers.stream().sorted().toList()).isEqualTo(IntStream.rangeClosed(1, 40)
                    .mapToObj(DynamoReceiptBook::format).toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRunThatDiedAfterTakingANumberFindsItAgain() {
        String code = freshCode();
        book.numberFor(code, code + "-first", 1);
        // a run took number 2 for this invoice and died before recording it as taken
        TABLE.put(pointer(code, code + "-crashed", 2L, null, 1, 1));
        TABLE.insert(new GaplessNumbers.ClaimItem(DynamoReceiptBook.partition(code), DynamoReceiptBook.format(2), code,
                DynamoReceiptBook.format(2), code + "-crashed"));
        assertThat(book.numberFor(code, code + "-crashed", 1)).isEqualTo("0000000002");
        assertThat(book.numberFor(code, code + "-next", 1)).isEqualTo("0000000003");
        // a run that died while trying a number someone else then took moves on from it
        TABLE.put(pointer(code, code + "-late", 3L, null, 1, 1));
        assertThat(book.numberFor(code, code + "-late", 1)).isEqualTo("0000000004");
    }

    /**
     * The takeover race: run A of an invoice tried number 2, found it taken by another invoice and was about to move
     * on when its lease went stale; run B took over and took number 3. A wakes up with its old view of the pointer: it
     * may neither move the pointer nor take number 4, so the invoice keeps exactly one number and none is skipped.
     */
    @Test
    void aRunTakenOverCanNeitherTakeNorRecordANumber() {
        String code = freshCode();
        assertThat(book.numberFor(code, code + "-other", 1)).isEqualTo("0000000001");
        assertThat(book.numberFor(code, code + "-taken", 1)).isEqualTo("0000000002");
        // run A (epoch 1) left the pointer trying 2, which code + "-taken" owns
        TABLE.put(pointer(code, code + "-x", 2L, null, 1, 1));
        // run B (epoch 2) takes over and takes 3
        assertThat(book.numberFor(code, code + "-x", 2)).isEqualTo("0000000003");
        // run A, still at epoch 1, asks again: refused, and it took nothing
        assertThatThrownBy(() -> book.numberFor(code, code + "-x", 1)).isInstanceOf(Superseded.class);
        assertThat(TABLE.get(DynamoReceiptBook.partition(code), DynamoReceiptBook.format(4), GaplessNumbers.ClaimItem.class))
                .isEmpty();
        assertThat(book.numberFor(code, code + "-x", 2)).isEqualTo("0000000003");
        assertThat(book.numberFor(code, code + "-next", 3)).isEqualTo("0000000004");
    }

    @Test
    void aTakenNumberIsNoReceiptUntilSavedAndReceiptsComeBackPerInvoice() {
        String code = freshCode();
        String number = book.numberFor(code, code + "-i1", 1);
        assertThat(book.find(code, number)).isEmpty();
        assertThat(book.forInvoices(List.of(code + "-i1"))).isEmpty();
        Receipt receipt = receipt(code, number, code + "-i1");
        book.save(receipt, 1);
        assertThat(book.find(code, number)).contains(receipt);
        Receipt sent = receipt.withDelivery(receipt.delivery().sent("m-1", Instant.EPOCH.plusSeconds(5)));
        book.recordDelivery(sent);
        assertThat(book.forInvoices(List.of(code + "-missing", code + "-i1"))).containsExactly(sent);
    }

    @Test
    void aRunTakenOverCannotOverwriteTheReceiptTheNewerRunIssued() {
        String code = freshCode();
        String number = book.numberFor(code, code + "-i2", 2);
        Receipt newer = receipt(code, number, code + "-i2");
        book.save(newer, 2);
        Receipt stale = newer.withPdf("receipts/stale.pdf");
        assertThatThrownBy(() -> book.save(stale, 1)).isInstanceOf(Superseded.class);
        assertThat(book.find(code, number)).contains(newer);
        // nor can anyone store a receipt under a number another invoice owns
        assertThatThrownBy(() -> book.save(receipt(code, number, code + "-i3"), 5)).isInstanceOf(Superseded.class);
    }

    private static Receipt receipt(String code, String number, String invoice) {
        ReceiptContent content = new ReceiptContent(ReceiptContent.TITLE, code, number, "abc123", "交款人", "",
                LocalDate.of(2026, 12, 1), List.of(new ReceiptContent.Line("9930", "会费 X", "元", 2, Money.ofYuan(5),
                        Money.ofYuan(10), "")), Money.ofYuan(10), "壹拾元整", "收款单位", "开票员", "复核员", "", "转账", "LZ1", "1", null, null);
        return new Receipt(code, number, "e1", invoice, content, "receipts/e1/x.pdf",
                Receipt.Delivery.pending("a@b.cn", Instant.EPOCH), Instant.EPOCH);
    }
}
