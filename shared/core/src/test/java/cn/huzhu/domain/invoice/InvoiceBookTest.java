package cn.huzhu.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Catalogs;

class InvoiceBookTest {
    /** 25 in 住院医疗A (payable 1500) and 25 in 职工重疾 (900): the guide's first example. */
    private static final List<EnrollmentPlan> GUIDE_ONE = List.of(
            EnrollmentPlan.chosen(Catalogs.hospital(), 1).withMembers(new MemberStats(25, 0, 0)),
            EnrollmentPlan.chosen(Catalogs.critical(), 1).withMembers(new MemberStats(25, 0, 0)));
    /** 8 women × 2 shares × 25 = 400: the guide's second. */
    private static final List<EnrollmentPlan> GUIDE_TWO = List.of(
            EnrollmentPlan.chosen(Catalogs.female(), 2).withMembers(new MemberStats(8, 0, 0)));

    private static Invoice invoice(String id, FeeSource source, InvoiceLine... lines) {
        return new Invoice(id, "LZ" + id, source, "单位", null, "", PaymentChannel.TRANSFER, "a@b.cn", "", List.of(lines),
                Instant.EPOCH, "u", 1);
    }

    private static InvoiceLine line(String plan, int persons, String price) {
        return new InvoiceLine(plan, persons, Money.parse(price), "");
    }

    private static InvoiceRef ref(Invoice invoice) {
        return InvoiceRef.of(invoice, "k" + invoice.id());
    }

    @Test
    void oneInvoiceOf2400SettlesBothPlansOfTheFirstExample() {
        Invoice both = invoice("1", FeeSource.ADMINISTRATIVE_FUNDS, line("P0101", 25, "60"), line("P0201", 25, "36"));
        InvoiceBook.check(both, GUIDE_ONE, List.of());
        assertThat(both.total()).isEqualTo(Money.ofYuan(2400));
        assertThat(InvoiceBook.unsettled(GUIDE_ONE, List.of(ref(both)))).isEmpty();
        assertThat(InvoiceBook.bySource(List.of(ref(both)), FeeSource.ADMINISTRATIVE_FUNDS)).isEqualTo(Money.ofYuan(2400));
    }

    @Test
    void theUnionPays80AndTheMembers320OfTheSecond() {
        List<InvoiceRef> invoices = new ArrayList<>();
        Invoice union = invoice("1", FeeSource.UNION_FUNDS, line("P0501", 8, "10"));
        InvoiceBook.check(union, GUIDE_TWO, invoices);
        invoices.add(ref(union));
        assertThat(InvoiceBook.remaining(GUIDE_TWO.get(0), invoices, null)).isEqualTo(Money.ofYuan(320));
        assertThat(InvoiceBook.unsettled(GUIDE_TWO, invoices)).extracting(Problem::message).singleElement()
                .asString().contains("320.00");
        Invoice members = invoice("2", FeeSource.MEMBERS, line("P0501", 8, "40"));
        InvoiceBook.check(members, GUIDE_TWO, invoices);
        invoices.add(ref(members));
        assertThat(InvoiceBook.unsettled(GUIDE_TWO, invoices)).isEmpty();
        assertThat(InvoiceBook.bySource(invoices, FeeSource.UNION_FUNDS)).isEqualTo(Money.ofYuan(80));
        assertThat(InvoiceBook.bySource(invoices, FeeSource.MEMBERS)).isEqualTo(Money.ofYuan(320));
    }

    @Test
    void aLineNeverTakesMoreThanTheRemainderNorMorePersonsThanThePlanHas() {
        List<InvoiceRef> invoices = List.of(ref(invoice("1", FeeSource.UNION_FUNDS, line("P0501", 8, "10"))));
        assertThatThrownBy(() -> InvoiceBook.check(invoice("2", FeeSource.MEMBERS, line("P0501", 8, "40.01")), GUIDE_TWO,
                invoices)).isInstanceOf(DomainException.class).hasMessageContaining("剩余开票金额320.00元")
                .extracting("code").isEqualTo("INVOICE_EXCEEDS_REMAINDER");
        assertThatThrownBy(() -> InvoiceBook.check(invoice("2", FeeSource.MEMBERS, line("P0501", 9, "1")), GUIDE_TWO,
                invoices)).hasMessageContaining("超过参保人数8").extracting("code").isEqualTo("INVOICE_EXCEEDS_PERSONS");
        assertThatThrownBy(() -> InvoiceBook.check(invoice("2", FeeSource.MEMBERS, line("P0101", 1, "1")), GUIDE_TWO,
                invoices)).hasMessageContaining("没有该保障活动").extracting("code").isEqualTo("PLAN_NOT_IN_ENROLLMENT");
    }

    @Test
    void twoLinesOnOnePlanInOneInvoiceAreRefusedWhateverTheyAddUpTo() {
        Invoice twice = invoice("1", FeeSource.MEMBERS, line("P0501", 8, "25"), line("P0501", 8, "25"));
        assertThatThrownBy(() -> InvoiceBook.check(twice, GUIDE_TWO, List.of())).isInstanceOf(DomainException.class)
                .hasMessageContaining("同一张票据中只能开一行").extracting("code").isEqualTo("INVOICE_LINE_INVALID");
    }

    @Test
    void aLineOfNothingOrLessIsRefusedSoTheRemainderCanNeverRise() {
        List<InvoiceRef> invoices = List.of(ref(invoice("1", FeeSource.UNION_FUNDS, line("P0501", 8, "10"))));
        for (Invoice wrong : List.of(invoice("2", FeeSource.MEMBERS, line("P0501", 8, "-10")),
                invoice("2", FeeSource.MEMBERS, line("P0501", 8, "0")),
                invoice("2", FeeSource.MEMBERS, line("P0501", 0, "10")),
                invoice("2", FeeSource.MEMBERS, line("P0501", -8, "-10")),
                invoice("2", FeeSource.MEMBERS))) {
            assertThatThrownBy(() -> InvoiceBook.check(wrong, GUIDE_TWO, invoices)).as(wrong.lines().toString())
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INVOICE_LINE_INVALID");
        }
        assertThat(InvoiceBook.remaining(GUIDE_TWO.get(0), invoices, null)).isEqualTo(Money.ofYuan(320));
    }

    @Test
    void theMostBasicProblemGivesTheCodeAndEveryProblemIsListed() {
        Invoice mixed = invoice("2", FeeSource.MEMBERS, line("P0501", 9, "100"), line("P0101", 1, "1"));
        assertThatThrownBy(() -> InvoiceBook.check(mixed, GUIDE_TWO, List.of())).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("PLAN_NOT_IN_ENROLLMENT");
                    assertThat(e.details()).extracting(Problem::field).containsExactly("lines[0].persons",
                            "lines[0].unitPrice", "lines[1].planCode");
                });
    }

    @Test
    void editingAnInvoiceLeavesItselfOutOfTheRemainder() {
        Invoice union = invoice("1", FeeSource.UNION_FUNDS, line("P0501", 8, "10"));
        Invoice raised = invoice("1", FeeSource.UNION_FUNDS, line("P0501", 8, "50"));
        InvoiceBook.check(raised, GUIDE_TWO, List.of(ref(union)));
        assertThat(InvoiceBook.remaining(GUIDE_TWO.get(0), List.of(ref(union)), "1")).isEqualTo(Money.ofYuan(400));
    }

    @Test
    void nothingToSubmitWithoutAnInvoice() {
        assertThat(InvoiceBook.unsettled(GUIDE_TWO, List.of())).extracting(Problem::field).contains("invoices", "P0501");
    }
}
