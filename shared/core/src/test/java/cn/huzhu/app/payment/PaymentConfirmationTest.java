package cn.huzhu.app.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cn.huzhu.app.invoice.InvoiceEntry;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.view.PaymentRow;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentAction;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Fulfilment;
import cn.huzhu.domain.invoice.InvoiceForm;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.World;

/** 确认收款 over the emulators: the queue, a wrong amount, one confirmation however often it is clicked. */
class PaymentConfirmationTest {
    private final World world = new World();
    private final InvoiceEntry entry = world.invoicing();
    private final PaymentConfirmation payments = world.payments();
    private final LocalDate today = BusinessDay.today(world.clock);

    /** The guide's second example with its two invoices submitted: 400 to pay. */
    private Enrollment awaitingPayment(Caller unit) {
        Enrollment e = world.approved(unit, "P0501", 2, World.women(8));
        entry.add(unit, e.id(), form("工会经费", "10"));
        entry.add(unit, e.id(), form("会员自付", "40"));
        entry.submit(unit, e.id());
        return world.stores.enrollments.find(e.id()).orElseThrow();
    }

    private static InvoiceForm form(String source, String price) {
        return new InvoiceForm(source, "青岛测试公司工会", null, "", null, "caiwu@example.cn", "",
                List.of(new InvoiceForm.Line("P0501", 8, price, "")), null);
    }

    private PaymentConfirmation.Filter filter(String unitId, String applicationNo) {
        return new PaymentConfirmation.Filter(false, unitId, applicationNo, null, DateRange.ANY, null, 100);
    }

    @Test
    void theQueueHoldsWhatAwaitsPaymentWithTheWindowRule() {
        Caller unit = world.newUnit("待缴费单位");
        Enrollment e = awaitingPayment(unit);
        PaymentConfirmation.Queue byUnit = payments.queue(world.finance, filter(unit.unitId(), null));
        assertThat(byUnit.page().items()).extracting(PaymentRow::id).containsExactly(e.id());
        assertThat(byUnit.page().items().get(0).payable()).isEqualTo("400.00");
        assertThat(byUnit.page().items().get(0).payers()).containsExactly("青岛测试公司工会");
        assertThat(byUnit.windowRule()).contains("1日至25日", "次月初");
        assertThat(byUnit.today()).contains(today.toString());
        assertThat(payments.queue(world.finance, filter(null, e.applicationNo())).page().items()).hasSize(1);
        assertThat(payments.queue(world.finance, filter(null, "PRT000")).page().items()).isEmpty();
        assertThat(payments.queue(new Caller("fin-other", cn.huzhu.domain.account.Role.FINANCE, null, "9999"),
                filter(null, e.applicationNo())).page().items()).isEmpty();
    }

    @Test
    void aWrongAmountIsRefusedWithTheDifferenceAndChangesNothing() {
        Enrollment e = awaitingPayment(world.newUnit("金额不符单位"));
        assertThatThrownBy(() -> payments.confirm(world.finance, e.id(), new PaymentConfirmation.Form("399.99", today, "B1")))
                .isInstanceOf(DomainException.class).hasMessageContaining("少0.01元");
        assertThatThrownBy(() -> payments.confirm(world.finance, e.id(), new PaymentConfirmation.Form("四百", today, "B1")))
                .hasMessageContaining("到账金额");
        Enrollment stored = world.stores.enrollments.find(e.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(EnrollmentState.AWAITING_PAYMENT);
        assertThat(world.files.keys(Bucket.UPLOADS, FulfilmentJobs.PREFIX + e.id() + "/")).isEmpty();
    }

    @Test
    void confirmingIssuesTheConfirmationRecordAndStartsOneRun() {
        Caller unit = world.newUnit("确认收款单位");
        Enrollment e = awaitingPayment(unit);
        PaymentConfirmation.Confirmed confirmed = payments.confirm(world.finance, e.id(),
                new PaymentConfirmation.Form("400", today, "20261201-0001"));
        assertThat(SesStore.to(world.emailOf(unit))).anySatisfy(mail -> {
            assertThat(mail.subject()).contains(e.applicationNo(), "已确认收款，确认书可打印");
            assertThat(mail.body()).contains(confirmed.confirmationNo(), "确认书打印", "400.00元");
        });
        String month = today.toString().substring(0, 7).replace("-", "");
        assertThat(confirmed.confirmationNo()).matches("G1503" + month + "\\d{4}");
        assertThat(confirmed.settlement().confirmation().effectiveOn()).isEqualTo(today.plusDays(1));
        assertThat(confirmed.settlement().payment().amount()).isEqualTo("400.00");
        assertThat(confirmed.settlement().fulfilment().status()).isEqualTo("PENDING");
        List<String> jobs = world.files.keys(Bucket.UPLOADS, FulfilmentJobs.PREFIX + e.id() + "/");
        assertThat(jobs).singleElement().satisfies(key -> assertThat(FulfilmentJobs.parse(key)).isPresent());

        assertThatThrownBy(() -> payments.confirm(world.finance, e.id(), new PaymentConfirmation.Form("400", today, "B2")))
                .hasMessageContaining("无需再次确认");
        assertThat(world.stores.enrollments.history(e.id())).filteredOn(c -> c.action() == EnrollmentAction.CONFIRM_PAYMENT)
                .singleElement().satisfies(c -> assertThat(c.reason()).endsWith("确认书号" + confirmed.confirmationNo()));
        assertThat(world.stores.enrollments.find(e.id()).orElseThrow().settlement().payment().bankReference())
                .isEqualTo("20261201-0001");
        assertThat(world.files.keys(Bucket.UPLOADS, FulfilmentJobs.PREFIX + e.id() + "/")).hasSize(1);
        assertThat(payments.queue(world.finance, filter(null, e.applicationNo())).page().items()).isEmpty();
        assertThat(payments.queue(world.finance, new PaymentConfirmation.Filter(true, null, e.applicationNo(), null, DateRange.ANY,
                null, 10)).page().items()).extracting(PaymentRow::state).containsExactly("CONFIRMED");
    }

    @Test
    void twoFinanceClicksAtOnceConfirmOnce() throws Exception {
        Enrollment e = awaitingPayment(world.newUnit("并发确认单位"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> clicks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clicks.add(pool.submit(() -> {
                try {
                    return payments.confirm(world.finance, e.id(), new PaymentConfirmation.Form("400", today, "B")).confirmationNo();
                } catch (DomainException refused) {
                    return refused.code();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> click : clicks) {
            outcomes.add(click.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> o.startsWith("G")).hasSize(1);
        assertThat(world.stores.enrollments.history(e.id())).filteredOn(c -> c.action() == EnrollmentAction.CONFIRM_PAYMENT)
                .hasSize(1);
        assertThat(world.files.keys(Bucket.UPLOADS, FulfilmentJobs.PREFIX + e.id() + "/")).hasSize(1);
    }

    @Test
    void parallelConfirmationsNumberOnlyTheConfirmationsThatStandWithoutGaps() throws Exception {
        String org = "7" + String.format("%03d", Math.floorMod(UUID.randomUUID().hashCode(), 1000));
        Caller finance = new Caller("fin-" + org, Role.FINANCE, null, org);
        List<Enrollment> businesses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            businesses.add(awaitingPayment(world.newUnit("编号单位" + i, org)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> clicks = new ArrayList<>();
        for (int click = 0; click < 3; click++) {
            for (Enrollment e : businesses) {
                // a wrong amount first, then the right one twice: only one confirmation per business stands
                String amount = click == 0 ? "399" : "400";
                clicks.add(pool.submit(() -> {
                    try {
                        return payments.confirm(finance, e.id(), new PaymentConfirmation.Form(amount, today, "B"))
                                .confirmationNo();
                    } catch (DomainException refused) {
                        return refused.code();
                    }
                }));
            }
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> click : clicks) {
            String outcome = click.get();
            if (outcome.startsWith("G")) {
                numbers.add(outcome);
            }
        }
        pool.shutdown();
        String month = today.toString().substring(0, 7).replace("-", "");
        assertThat(numbers).containsExactlyInAnyOrder("G" + org + month + "0001", "G" + org + month + "0002",
                "G" + org + month + "0003", "G" + org + month + "0004");
        for (Enrollment e : businesses) {
            assertThat(world.stores.enrollments.find(e.id()).orElseThrow().settlement().confirmation().number())
                    .isIn(numbers);
        }
    }

    @Test
    void aConfirmationLeftWithoutANumberGetsItsOwnFromWhoeverAsksNext() {
        String org = "6" + String.format("%03d", Math.floorMod(UUID.randomUUID().hashCode(), 1000));
        Enrollment e = awaitingPayment(world.newUnit("补编号单位", org));
        // the request that confirmed it died before numbering it
        Enrollment confirmed = world.editor.system(e.id(), current -> current.confirmPayment(Money.ofYuan(400), today, "B",
                "fin", Role.FINANCE, world.clock.instant()));
        ConfirmationNumbering numbering = new ConfirmationNumbering(world.stores.serials, world.stores.settings, world.editor,
                new CheckCodes(TestAws.keys("RECEIPT_KEYS")));
        String month = today.toString().substring(0, 7).replace("-", "");
        assertThat(numbering.ensure(confirmed).settlement().confirmation().number()).isEqualTo("G" + org + month + "0001");
        assertThat(numbering.ensure(confirmed).settlement().confirmation().number()).isEqualTo("G" + org + month + "0001");
        Enrollment next = awaitingPayment(world.newUnit("下一家", org));
        assertThat(payments.confirm(new Caller("f", Role.FINANCE, null, org), next.id(),
                new PaymentConfirmation.Form("400", today, "B2")).confirmationNo()).isEqualTo("G" + org + month + "0002");
    }

    @Test
    void theWorkAfterConfirmationRunsAgainOnlyWhenItFailedOrDied() {
        Enrollment e = awaitingPayment(world.newUnit("重新处理单位"));
        payments.confirm(world.finance, e.id(), new PaymentConfirmation.Form("400", today, "B"));
        assertThatThrownBy(() -> payments.runAgain(world.finance, e.id())).hasMessageContaining("处理中");
        world.editor.system(e.id(), current -> current.recordFulfilment(Fulfilment.failed("测试", world.clock.instant())));
        assertThat(payments.runAgain(world.finance, e.id()).fulfilment().status()).isEqualTo("PENDING");
        assertThat(world.files.keys(Bucket.UPLOADS, FulfilmentJobs.PREFIX + e.id() + "/")).hasSize(2);
        Enrollment notConfirmed = awaitingPayment(world.newUnit("未确认单位"));
        assertThatThrownBy(() -> payments.runAgain(world.finance, notConfirmed.id())).hasMessageContaining("尚未确认收款");
    }
}
