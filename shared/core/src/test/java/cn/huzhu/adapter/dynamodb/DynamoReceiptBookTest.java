package cn.huzhu.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void parallelIssuingTakesEveryNumberFromOneOnceAndEachInvoiceKeepsItsOwn() throws Exception {
        String code = freshCode();
        List<String> invoices = IntStream.range(0, 40).mapToObj(i -> "inv-" + code + "-" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Map<String, Future<String>> first = new HashMap<>();
        Map<String, Future<String>> again = new HashMap<>();
        try {
            for (String invoice : invoices) {
                first.put(invoice, pool.submit(() -> book.numberFor(code, invoice, "e1")));
            }
            for (String invoice : invoices) {
                again.put(invoice, pool.submit(() -> book.numberFor(code, invoice, "e1")));
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
        book.numberFor(code, "first", "e1");
        // a run took number 2 for this invoice and died before recording it as taken
        TABLE.put(new DynamoReceiptBook.PointerItem(DynamoReceiptBook.pointer("crashed"), "RECINV", code, 2L, null));
        TABLE.insert(DynamoReceiptBook.NumberItem.claim(code, DynamoReceiptBook.format(2), "crashed", "e1"));
        assertThat(book.numberFor(code, "crashed", "e1")).isEqualTo("0000000002");
        assertThat(book.numberFor(code, "next", "e1")).isEqualTo("0000000003");
        // a run that died while trying a number someone else then took moves on from it
        TABLE.put(new DynamoReceiptBook.PointerItem(DynamoReceiptBook.pointer("late"), "RECINV", code, 3L, null));
        assertThat(book.numberFor(code, "late", "e1")).isEqualTo("0000000004");
    }

    @Test
    void aTakenNumberIsNoReceiptUntilSavedAndReceiptsComeBackPerInvoice() {
        String code = freshCode();
        String number = book.numberFor(code, "i1", "e1");
        assertThat(book.find(code, number)).isEmpty();
        assertThat(book.forInvoices(List.of("i1"))).isEmpty();
        ReceiptContent content = new ReceiptContent(ReceiptContent.TITLE, code, number, "abc123", "交款人", "",
                LocalDate.of(2026, 12, 1), List.of(new ReceiptContent.Line("9930", "会费 X", "元", 2, Money.ofYuan(5),
                        Money.ofYuan(10), "")), Money.ofYuan(10), "壹拾元整", "收款单位", "开票员", "复核员", "", "转账", "LZ1");
        Receipt receipt = new Receipt(code, number, "e1", "i1", content, "receipts/e1/x.pdf",
                Receipt.Delivery.pending("a@b.cn", Instant.EPOCH), Instant.EPOCH);
        book.save(receipt);
        assertThat(book.find(code, number)).contains(receipt);
        Receipt sent = receipt.withDelivery(receipt.delivery().sent("m-1", Instant.EPOCH.plusSeconds(5)));
        book.save(sent);
        assertThat(book.forInvoices(List.of("missing", "i1"))).containsExactly(sent);
    }
}
