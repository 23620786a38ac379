package cn.huzhu.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.huzhu.adapter.pdf.PdfReading;
import cn.huzhu.adapter.ses.SesMailer;
import cn.huzhu.api.Env;
import cn.huzhu.app.invoice.InvoiceEntry;
import cn.huzhu.app.payment.FulfilmentJobs;
import cn.huzhu.app.payment.PaymentConfirmation;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.receipt.ReceiptDesk;
import cn.huzhu.app.receipt.ReceiptMail;
import cn.huzhu.app.receipt.VerificationLink;
import cn.huzhu.app.receipt.Verification;
import cn.huzhu.app.view.InvoiceView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Fulfilment;
import cn.huzhu.domain.invoice.InvoiceForm;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.testing.Events;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.World;
import cn.huzhu.testing.Links;

/**
 * The function after 确认收款, invoked with events/s3-payment-confirmed.json against the emulators: receipts numbered
 * once, printed, mailed with the PDF, verifiable; coverage recorded; a failed mail leaves the confirmation standing.
 */
class FulfilmentHandlerTest {
    private static final Env ENV = TestAws.function("FulfilmentFunction");
    private static final FulfilmentHandler HANDLER = new FulfilmentHandler(ENV);
    private final World world = new World();
    private final LocalDate today = BusinessDay.today(world.clock);

    private InvoiceForm form(String source, String payer, String email, String price) {
        return new InvoiceForm(source, payer, null, "91350100M000100Y43", null, email, "",
                List.of(new InvoiceForm.Line("P0501", 8, price, "2份")), null);
    }

    /** The guide's 女工特病 example, its two invoices submitted and the payment confirmed. */
    private Enrollment confirmed(Caller unit, List<Person> women, String unionEmail, String membersEmail) {
        Enrollment e = world.approved(unit, "P0501", 2, women);
        InvoiceEntry entry = world.invoicing();
        entry.add(unit, e.id(), form("工会经费", "青岛测试公司工会", unionEmail, "10"));
        entry.add(unit, e.id(), form("会员自付", "青岛测试公司全体会员", membersEmail, "40"));
        entry.submit(unit, e.id());
        world.payments().confirm(world.finance, e.id(), new PaymentConfirmation.Form("400", today, "B-" + e.id()));
        return world.stores.enrollments.find(e.id()).orElseThrow();
    }

    private static JsonNode deliver(FulfilmentHandler handler, String key) {
        ObjectNode event = Events.load("s3-payment-confirmed.json");
        ObjectNode s3 = (ObjectNode) event.get("Records").get(0).get("s3");
        ((ObjectNode) s3.get("bucket")).put("name", TestAws.all().require("UPLOAD_BUCKET"));
        ((ObjectNode) s3.get("object")).put("key", key);
        return Events.invoke(handler, event);
    }

    private String job(Enrollment e) {
        return world.files.keys(Bucket.UPLOADS, FulfilmentJobs.PREFIX + e.id() + "/").get(0);
    }

    private List<Receipt> receipts(Enrollment e) {
        return world.stores.receipts.forInvoices(e.invoices().stream().map(i -> i.id()).toList());
    }

    @Test
    void issuesMailsAndRecordsEverythingOnceHoweverOftenTheJobArrives() throws IOException {
        Caller unit = world.newUnit("电子票据单位");
        List<Person> women = World.women(8);
        String union = "union-" + world.ids.next() + "@example.cn";
        String members = "members-" + world.ids.next() + "@example.cn";
        Enrollment e = confirmed(unit, women, union, members);
        String key = job(e);

        assertThat(deliver(HANDLER, key).get(0).asText()).isEqualTo("DONE");
        assertThat(deliver(HANDLER, key).get(0).asText()).isEqualTo("ALREADY_DONE");

        Enrollment done = world.stores.enrollments.find(e.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(EnrollmentState.CONFIRMED);
        assertThat(done.settlement().fulfilment().status()).isEqualTo(Fulfilment.Status.DONE);
        List<Receipt> receipts = receipts(done);
        assertThat(receipts).hasSize(2);
        String code = "370501" + String.format("%02d", today.getYear() % 100);
        assertThat(receipts).allSatisfy(r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.number()).matches("\\d{10}");
            assertThat(r.delivery().status()).isEqualTo(Receipt.Status.SENT);
        });
        assertThat(Long.parseLong(receipts.get(1).number())).isEqualTo(Long.parseLong(receipts.get(0).number()) + 1);

        Receipt unionReceipt = receipts.get(0);
        List<SesStore.Mail> unionMails = SesStore.to(union);
        assertThat(unionMails).hasSize(1);
        SesStore.Mail mail = unionMails.get(0);
        assertThat(mail.subject()).contains(code, unionReceipt.number());
        assertThat(mail.body()).contains("80.00元", "捌拾元整", unionReceipt.content().checkCode());
        SesStore.Attachment pdf = mail.attachments().get(0);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo(unionReceipt.fileName());
        String text = PdfReading.text(pdf.content()).replace(" ", "");
        assertThat(text).contains("票据代码：" + code, "票据号码：" + unionReceipt.number(),
                "校验码：" + unionReceipt.content().checkCode(), "交款人：青岛测试公司工会", "91350100M000100Y43",
                "会费女工特病2025版(标准版)(会费25元)", "捌拾元整", "（小写）80.00", "中国职工保险互助会青岛办事处");
        String qr = PdfReading.qrCode(pdf.content());
        assertThat(qr).isEqualTo(new VerificationLink(TestAws.all().require("PUBLIC_WEB_URL")).of(unionReceipt.content()));
        assertThat(SesStore.to(members)).hasSize(1);

        Map<String, String> query = Links.query(qr);
        Verification verify = new Verification(world.stores.receipts, world.stores.corrections, world.stores.enrollments,
                new CheckCodes(TestAws.keys("RECEIPT_KEYS")), world.stores.rateLimiter, world.stores.settings, "1503");
        Verification.Result result = verify.verify("192.0.2." + (today.getDayOfYear() % 200), query.get("code"),
                query.get("number"), query.get("check"));
        assertThat(result.genuine()).isTrue();
        assertThat(result.total()).isEqualTo("80.00");
        assertThat(result.payer()).isEqualTo("青岛测试公司工会");

        String first = world.keys.of(women.get(0).idType(), women.get(0).idNumber());
        Coverage coverage = world.stores.coverage.latest(List.of(first), ActivityType.FEMALE_DISEASE).get(first);
        assertThat(coverage.startsOn()).isEqualTo(today.plusDays(1));
        assertThat(coverage.endsOn()).isEqualTo(today.plusDays(1).plusMonths(24).minusDays(1));
        assertThat(coverage.enrollmentId()).isEqualTo(e.id());

        // finance runs it again: nothing is numbered or mailed twice
        world.editor.system(e.id(), current -> current.recordFulfilment(Fulfilment.failed("测试", world.clock.instant())));
        world.payments().runAgain(world.finance, e.id());
        String rerun = world.files.keys(Bucket.UPLOADS, FulfilmentJobs.PREFIX + e.id() + "/").stream()
                .filter(k -> !k.equals(key)).findFirst().orElseThrow();
        assertThat(deliver(HANDLER, rerun).get(0).asText()).isEqualTo("DONE");
        assertThat(receipts(done)).extracting(Receipt::number).isEqualTo(receipts.stream().map(Receipt::number).toList());
        assertThat(SesStore.to(union)).hasSize(1);
    }

    @Test
    void theCoverIsFixedWhileTheReceiptsAreIssuedEvenWhenTheyFailAndTheNextRunIssuesThem() {
        // the receipts cannot be stored: their bucket does not exist (a real refusal by the S3 emulator)
        FulfilmentHandler noBucket = new FulfilmentHandler(ENV.with(Map.of("GENERATED_BUCKET",
                "missing-" + world.ids.next().toLowerCase(java.util.Locale.ROOT))));
        Caller unit = world.newUnit("票据存储失败单位");
        List<Person> women = World.women(8);
        String union = "nobucket-" + world.ids.next() + "@example.cn";
        Enrollment e = confirmed(unit, women, union, "m-" + world.ids.next() + "@example.cn");
        String key = job(e);
        String first = world.keys.of(women.get(0).idType(), women.get(0).idNumber());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deliver(noBucket, key)).isInstanceOf(RuntimeException.class);
        Enrollment failed = world.stores.enrollments.find(e.id()).orElseThrow();
        assertThat(failed.settlement().fulfilment().status()).isEqualTo(Fulfilment.Status.FAILED);
        assertThat(receipts(failed)).isEmpty();
        assertThat(SesStore.to(union)).isEmpty();
        assertThat(world.stores.coverage.latest(List.of(first), ActivityType.FEMALE_DISEASE).get(first).enrollmentId())
                .as("the members are covered from the payment, receipts or not").isEqualTo(e.id());

        assertThat(deliver(HANDLER, key).get(0).asText()).isEqualTo("DONE");
        Enrollment done = world.stores.enrollments.find(e.id()).orElseThrow();
        assertThat(done.settlement().fulfilment().status()).isEqualTo(Fulfilment.Status.DONE);
        assertThat(receipts(done)).hasSize(2).allSatisfy(r -> assertThat(r.delivery().status()).isEqualTo(Receipt.Status.SENT));
        assertThat(SesStore.to(union)).hasSize(1);
    }

    @Test
    void aFailedMailLeavesTheConfirmationAndCanBeSentAgain() throws IOException {
        // the mail server is down: a real connection refused, not a stand-in
        FulfilmentHandler noMail = new FulfilmentHandler(ENV.with(Map.of("MAIL_TRANSPORT", "SMTP", "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(closedPort()))));
        Caller unit = world.newUnit("邮件失败单位");
        String union = "fail-" + world.ids.next() + "@example.cn";
        Enrollment e = confirmed(unit, World.women(8), union, "m-" + world.ids.next() + "@example.cn");

        assertThat(deliver(noMail, job(e)).get(0).asText()).isEqualTo("DONE");
        Enrollment done = world.stores.enrollments.find(e.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(EnrollmentState.CONFIRMED);
        assertThat(done.settlement().fulfilment().status()).isEqualTo(Fulfilment.Status.DONE);
        List<Receipt> receipts = receipts(done);
        assertThat(receipts).hasSize(2).allSatisfy(r -> {
            assertThat(r.delivery().status()).isEqualTo(Receipt.Status.FAILED);
            assertThat(r.delivery().error()).isNotBlank();
            assertThat(r.pdfKey()).isNotNull();
        });
        assertThat(SesStore.to(union)).isEmpty();

        ReceiptDesk desk = new ReceiptDesk(world.stores.enrollments, world.stores.receipts, world.stores.corrections, new ReceiptMail(
                SesMailer.create(world.aws), world.stores.receipts, world.files, new VerificationLink("http://x/"), world.clock),
                world.files);
        InvoiceView.ReceiptSummary resent = desk.resend(unit, e.id(), receipts.get(0).number());
        assertThat(resent.delivery()).isEqualTo("SENT");
        assertThat(resent.attempts()).isEqualTo(2);
        assertThat(SesStore.to(union)).singleElement().satisfies(m -> assertThat(m.attachments()).hasSize(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.resend(unit, e.id(), receipts.get(0).number()))
                .hasMessageContaining("无需重发");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.resend(world.newUnit("他人"), e.id(),
                receipts.get(1).number())).hasMessageContaining("不存在");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
