package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.invoice.FeeSource;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceLine;
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

    private static Enrollment awaitingPayment() {
        Enrollment e = approved();
        e.addInvoice(invoice("1", FeeSource.UNION_FUNDS, "10"));
        e.addInvoice(invoice("2", FeeSource.MEMBERS, "40"));
        e.apply(EnrollmentAction.SUBMIT_INVOICES, "unit", Role.UNIT, null, NOW);
        return e;
    }

    @Test
    void invoicesAreEnteredOnlyAfterApprovalAndUntilSubmitted() {
        Enrollment draft = Enrollment.draft("e2", "PRT2", "u1", "某单位", "1503", NOW, "unit", false,
                List.of(EnrollmentPlan.chosen(Catalogs.female(), 2)));
        assertThatThrownBy(() -> draft.addInvoice(invoice("1", FeeSource.MEMBERS, "1"))).hasMessageContaining("审核通过后");
        Enrollment submitted = awaitingPayment();
        assertThatThrownBy(() -> submitted.addInvoice(invoice("3", FeeSource.MEMBERS, "1")))
                .hasMessageContaining("开票信息已提交");
        assertThatThrownBy(() -> submitted.removeInvoice("1", 1)).hasMessageContaining("开票信息已提交");
        assertThat(submitted.state()).isEqualTo(EnrollmentState.AWAITING_PAYMENT);
        assertThat(submitted.settlement().invoicesSubmittedAt()).isEqualTo(NOW);
    }

    @Test
    void submissionWaitsUntilEveryRemainderIsZero() {
        Enrollment e = approved();
        e.addInvoice(invoice("1", FeeSource.UNION_FUNDS, "10"));
        assertThatThrownBy(() -> e.apply(EnrollmentAction.SUBMIT_INVOICES, "unit", Role.UNIT, null, NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("剩余开票金额为320.00元");
        assertThat(e.state()).isEqualTo(EnrollmentState.APPROVED);
    }

    @Test
    void anEditMadeOnAnOlderRevisionIsRefused() {
        Enrollment e = approved();
        e.addInvoice(invoice("1", FeeSource.UNION_FUNDS, "10"));
        Invoice second = e.replaceInvoice("1", 1, invoice("1", FeeSource.UNION_FUNDS, "20"));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.batchNo()).isEqualTo("LZ1");
        assertThatThrownBy(() -> e.replaceInvoice("1", 1, invoice("1", FeeSource.UNION_FUNDS, "30")))
                .isInstanceOf(DomainException.class).hasMessageContaining("已在其他页面修改");
        assertThatThrownBy(() -> e.removeInvoice("1", 1)).hasMessageContaining("已在其他页面修改");
        assertThat(e.requireInvoice("1").total()).isEqualTo(Money.ofYuan(160));
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
        e.addInvoice(invoice("1", FeeSource.UNION_FUNDS, "30"));
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
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(390), TODAY, "B1", "G1503202612" + "0001", "fin", Role.FINANCE,
                NOW)).hasMessageContaining("少10.00元");
        assertThatThrownBy(() -> e.confirmPayment(Money.parse("400.50"), TODAY, "B1", "G", "fin", Role.FINANCE, NOW))
                .hasMessageContaining("多0.50元");
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(400), TODAY.plusDays(1), "B1", "G", "fin", Role.FINANCE, NOW))
                .hasMessageContaining("到账日期");
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(400), TODAY, " ", "G", "fin", Role.FINANCE, NOW))
                .hasMessageContaining("银行流水号");
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(400), TODAY, "B1", "G", "reviewer", Role.REVIEWER, NOW))
                .isInstanceOf(DomainException.class);
        assertThat(e.state()).isEqualTo(EnrollmentState.AWAITING_PAYMENT);
        assertThat(e.settlement().payment()).isNull();
    }

    @Test
    void confirmationIssuesTheConfirmationRecordEffectiveTheNextDayAndOnlyOnce() {
        Enrollment e = awaitingPayment();
        StateChange change = e.confirmPayment(Money.ofYuan(400), TODAY, " 2026120100123 ", "G15032026120001", "fin",
                Role.FINANCE, NOW);
        assertThat(change.to()).isEqualTo(EnrollmentState.CONFIRMED);
        assertThat(e.settlement().payment().bankReference()).isEqualTo("2026120100123");
        Confirmation c = e.settlement().confirmation();
        assertThat(c.number()).isEqualTo("G15032026120001");
        assertThat(c.confirmedOn()).isEqualTo(TODAY);
        assertThat(c.effectiveOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(c.endsOn(24)).isEqualTo(LocalDate.of(2028, 12, 1));
        assertThat(e.settlement().fulfilment().status()).isEqualTo(Fulfilment.Status.PENDING);
        assertThatThrownBy(() -> e.confirmPayment(Money.ofYuan(400), TODAY, "B2", "G2", "fin", Role.FINANCE, NOW))
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
