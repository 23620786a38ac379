package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.invoice.FeeSource;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceLine;
import cn.huzhu.domain.invoice.InvoiceRef;
import cn.huzhu.domain.invoice.PaymentChannel;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Catalogs;

/** The money side of an enrollment: invoices after approval, their submission, 理赔金额, 确认收款. */
class SettlementTest {
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** The guide's second example, approved: 8 women × 2 shares × 25 = 400. */
    private static Enrollment approved() {
        Enrollment e = Enrollment.draft("e1", "PRT1", "u1", "某单位", "1503", NOW, "unit", false,
                List.of(EnrollmentPlan.chosen(Catalogs.female(), 2)));
        e.recordMembers("P0501", new MemberStats(8, 0, 0));
        e.updateDetails(false, 10, 10, "");
        e.apply(EnrollmentAction.SUBMIT, "unit", Role.UNIT, null, NOW);
        e.apply(EnrollmentAction.APPROVE, "reviewer", Role.REVIEWER, null, NOW);
        return e;
    }

    private static Invoice invoice(String id, FeeSource source, String price) {
        return new Invoice(id, "LZ" + id, source, "某单位工会", null, "", PaymentChannel.TRANSFER, "a@b.cn", "",
                List.of(new InvoiceLine("P0501", 8, Money.parse(price), "2份")), NOW, "unit", 1);
    }

    private static void add(Enrollment e, Invoice invoice) {
        e.addInvoice(invoice, "k" + invoice.id(), 1000);
    }

    private static Enrollment awaitingPayment() {
        Enrollment e = approved();
        add(e, invoice("1", FeeSource.UNION_FUNDS, "10"));
        add(e, invoice("2", FeeSource.MEMBERS, "40"));
        e.apply(EnrollmentAction.SUBMIT_INVOICES, "unit", Role.UNIT, null, NOW);
        return e;
    }

    @Test
    void invoicesAreEnteredOnlyAfterApprovalAndUntilSubmitted() {
        Enrollment draft = Enrollment.draft("e2", "PRT2", "u1", "某单位", "1503", NOW, "unit", false,
                List.of(EnrollmentPlan.chosen(Catalogs.female(), 2)));
        assertThatThrownBy(() -> add(draft, invoice("1", FeeSource.MEMBERS, "1"))).hasMessageContaining("审核通过后");
        Enrollment submitted = awaitingPayment();
        assertThatThrownBy(() -> add(submitted, invoice("3", FeeSource.MEMBERS, "1")))
                .hasMessageContaining("开票信息已提交").extracting("code").isEqualTo("INVOICES_LOCKED");
        assertThatThrownBy(() -> submitted.removeInvoice("1", 1)).hasMessageContaining("开票信息已提交");
        assertThat(submitted.state()).isEqualTo(EnrollmentState.AWAITING_PAYMENT);
        assertThat(submitted.settlement().invoicesSubmittedAt()).isEqualTo(NOW);
    }

    @Test
    void submissionWaitsUntilEveryRemainderIsZero() {
        Enrollment e = approved();
        add(e, invoice("1", FeeSource.UNION_FUNDS, "10"));
        assertThatThrownBy(() -> e.apply(EnrollmentAction.SUBMIT_INVOICES, "unit", Role.UNIT, null, NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("剩余开票金额为320.00元");
        assertThat(e.state()).isEqualTo(EnrollmentState.APPROVED);
    }

    @Test
    void anEditMadeOnAnOlderRevisionIsRefused() {
        Enrollment e = approved();
        Invoice first = invoice("1", FeeSource.UNION_FUNDS, "10");
        add(e, first);
        Invoice second = first.revisedAs(invoice("1", FeeSource.UNION_FUNDS, "20"));
        e.replaceInvoice("1", 1, second, "k1b");
        assertThat(e.requireInvoice("1").revision()).isEqualTo(2);
        assertThat(e.requireInvoice("1").batchNo()).isEqualTo("LZ1");
        assertThat(e.requireInvoice("1").contentKey()).isEqualTo("k1b");
        assertThatThrownBy(() -> e.replaceInvoice("1", 1, first.revisedAs(invoice("1", FeeSource.UNION_FUNDS, "30")), "k1c"))
                .isInstanceOf(DomainException.class).hasMessageContaining("已在其他页面修改");
        assertThatThrownBy(() -> e.removeInvoice("1", 1)).hasMessageContaining("已在其他页面修改");
        assertThat(e.requireInvoice("1").total()).isEqualTo(Money.ofYuan(160));
    }

    @Test
    void aBusinessTakesInvoicesUpToItsLimitAndNoneTwice() {
        Enrollment e = approved();
        for (int i = 1; i <= 3; i++) {
            e.addInvoice(invoice(Integer.toString(i), FeeSource.MEMBERS, "1"), "k" + i, 3);
        }
        assertThatThrownBy(() -> e.addInvoice(invoice("4", FeeSource.MEMBERS, "1"), "k4", 3))
                .isInstanceOf(DomainException.class).hasMessageContaining("最多录入3张").extracting("code")
                .isEqualTo("INVOICE_LIMIT_REACHED");
        assertThatThrownBy(() -> e.addInvoice(invoice("3", FeeSource.MEMBERS, "1"), "k3b", 5))
                .extracting("code").isEqualTo("INVOICE_EXISTS");
        assertThat(e.invoices()).hasSize(3);
    }

    @Test
    void noSequenceOfSavesEditsAndDeletesEverInvoicesMoreThanAPlanOwes() {
        Random random = new Random(20261202);
        for (int round = 0; round < 200; round++) {
            Enrollment e = approved();
            Map<String, Invoice> stored = new HashMap<>();
            for (int step = 0; step < 25; step++) {
                String id = Integer.toString(random.nextInt(6));
                String price = Integer.toString(random.nextInt(120) - 10);
                Invoice typed = new Invoice(id, "LZ" + id, FeeSource.MEMBERS, "某单位", null, "", PaymentChannel.TRANSFER,
                        "a@b.cn", "", List.of(new InvoiceLine("P0501", random.nextInt(10) - 1, Money.parse(price), "")),
                        NOW, "unit", 1);
                try {
                    if (!stored.containsKey(id)) {
                        e.addInvoice(typed, "k", 1000);
                        stored.put(id, typed);
                    } else if (random.nextBoolean()) {
                        Invoice revised = stored.get(id).revisedAs(typed);
                        e.replaceInvoice(id, stored.get(id).revision(), revised, "k");
                        stored.put(id, revised);
                    } else {
                        e.removeInvoice(id, stored.get(id).revision());
                        stored.remove(id);
                    }
                } catch (DomainException refused) {
                    // refused changes leave the business as it was
                }
                Money invoiced = e.invoices().stream().map(ref -> ref.amountFor("P0501")).reduce(Money.ZERO, Money::plus);
                assertThat(invoiced).isLessThanOrEqualTo(Money.ofYuan(400));
                assertThat(e.invoices()).allSatisfy(ref -> assertThat(ref.total().fen()).isPositive());
                assertThat(e.invoices()).extracting(InvoiceRef::id).containsExactlyInAnyOrderElementsOf(stored.keySet());
            }
        }
    }

    @Test
    void theReviewersClaimLowersThePayableWithinBoundsAndIsRecorded() {
        Enrollment e = approved();
        StateChange change = e.setClaimDeduction("P0501", Money.ofYuan(100), "reviewer", Role.REVIEWER, NOW);
        assertThat(change.action()).isEqualTo(EnrollmentAction.SET_CLAIM_DEDUCTION);
        assertThat(change.reason()).contains("0.00 → 100.00");
        assertThat(change.from()).isEqualTo(change.to()).isEqualTo(EnrollmentState.APPROVED);
        assertThat(e.fees().payable()).isEqualTo(Money.ofYuan(300));
        assertThatThrownBy(() -> e.setClaimDeduction("P0501", Money.parse("400.01"), "reviewer", Role.REVIEWER, NOW))
                .hasMessageContaining("0到400.00元");
        assertThatThrownBy(() -> e.setClaimDeduction("P0501", Money.ofYuan(-1), "reviewer", Role.REVIEWER, NOW))
                .hasMessageContaining("0到400.00元");
        add(e, invoice("1", FeeSource.UNION_FUNDS, "30"));
        assertThatThrownBy(() -> e.setClaimDeduction("P0501", Money.ofYuan(200), "reviewer", Role.REVIEWER, NOW))
                .hasMessageContaining("已开票240.00元");
        assertThatThrownBy(() -> e.setClaimDeduction("P0501", Money.ZERO, "unit", Role.UNIT, NOW))
                .isInstanceOf(DomainException.class);
        Enrollment submitted = awaitingPayment();
        assertThatThrownBy(() -> submitted.setClaimDeduction("P0501", Money.ZERO, "reviewer", Role.REVIEWER, NOW))
                .hasMessageContaining("待缴费");
    }

    @Test
    void aWrongAmountIsRefusedWithTheDifference() {
        Enrollment e = awaitingPayment();
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(390), TODAY, "B1", "fin", Role.FINANCE,
                NOW)).hasMessageContaining("少10.00元");
        assertThatThrownBy(() -> e.confirmPayment(Money.parse("400.50"), TODAY, "B1", "fin", Role.FINANCE, NOW))
                .hasMessageContaining("多0.50元");
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(400), TODAY.plusDays(1), "B1", "fin", Role.FINANCE, NOW))
                .hasMessageContaining("到账日期");
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(400), TODAY, " ", "fin", Role.FINANCE, NOW))
                .hasMessageContaining("银行流水号");
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(400), TODAY, "B1", "reviewer", Role.REVIEWER, NOW))
                .isInstanceOf(DomainException.class);
        assertThat(e.state()).isEqualTo(EnrollmentState.AWAITING_PAYMENT);
        assertThat(e.settlement().payment()).isNull();
    }

    @Test
    void confirmationIssuesTheConfirmationRecordEffectiveTheNextDayAndOnlyOnce() {
        Enrollment e = awaitingPayment();
        StateChange change = e.confirmPayment(Money.ofYuan(400), TODAY, " 2026120100123 ", "fin", Role.FINANCE, NOW);
        assertThat(e.settlement().confirmation().number()).isNull();
        e.numberConfirmation("G15032026120001", "1");
        e.numberConfirmation("G15032026120001", "1");
        assertThatThrownBy(() -> e.numberConfirmation("G15032026120002", "1")).isInstanceOf(IllegalStateException.class);
        assertThat(change.to()).isEqualTo(EnrollmentState.CONFIRMED);
        assertThat(e.settlement().payment().bankReference()).isEqualTo("2026120100123");
        Confirmation c = e.settlement().confirmation();
        assertThat(c.number()).isEqualTo("G15032026120001");
        assertThat(c.confirmedOn()).isEqualTo(TODAY);
        assertThat(c.effectiveOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(c.endsOn(24)).isEqualTo(LocalDate.of(2028, 12, 1));
        assertThat(e.settlement().fulfilment().status()).isEqualTo(Fulfilment.Status.PENDING);
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(400), TODAY, "B2", "fin", Role.FINANCE, NOW))
                .hasMessageContaining("已确认");
        assertThat(e.settlement().confirmation().number()).isEqualTo("G15032026120001");
    }

    @Test
    void aFailedOrStalledFulfilmentMayRunAgainARunningOneMayNot() {
        assertThat(Fulfilment.pending(NOW).mayRunAgain(NOW.plusSeconds(60))).isFalse();
        assertThat(Fulfilment.pending(NOW).mayRunAgain(NOW.plus(Fulfilment.STALLED_AFTER).plusSeconds(1))).isTrue();
        assertThat(Fulfilment.failed("x", NOW).mayRunAgain(NOW)).isTrue();
        assertThat(Fulfilment.done(2, 8, NOW).mayRunAgain(NOW)).isFalse();
    }
}
