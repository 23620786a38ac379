package cn.huzhu.invoice;

import java.time.Clock;

import cn.huzhu.adapter.Mailers;
import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.app.Ids;
import cn.huzhu.app.change.AdditionCheck;
import cn.huzhu.app.change.RunningCovers;
import cn.huzhu.app.enrollment.EnrollmentLifecycle;
import cn.huzhu.app.invoice.ClaimDeductions;
import cn.huzhu.app.invoice.InvoiceEntry;
import cn.huzhu.app.payment.FulfilmentJobs;
import cn.huzhu.app.payment.PaymentConfirmation;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.Mailer;
import cn.huzhu.app.receipt.CorrectionJobs;
import cn.huzhu.app.receipt.ReceiptCorrections;
import cn.huzhu.app.receipt.ReceiptDesk;
import cn.huzhu.app.receipt.ReceiptMail;
import cn.huzhu.app.receipt.Verification;
import cn.huzhu.app.receipt.VerificationLink;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.statement.Reconciliation;
import cn.huzhu.domain.common.CheckCodes;

/** Builds the invoice function's use cases from its environment, once per container. */
final class InvoiceWiring {
    final InvoiceEntry invoices;
    final ClaimDeductions claims;
    final PaymentConfirmation payments;
    final ReceiptDesk receipts;
    final Verification verify;
    final Reconciliation reconciliation;
    final ReceiptCorrections corrections;

    InvoiceWiring(Env env) {
        Clock clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        FileStore files = S3FileStore.create(aws);
        Ids ids = new Ids(clock);
        EnrollmentLifecycle lifecycle = new EnrollmentLifecycle(stores.enrollments, stores.members, new AdditionCheck(
                stores.members, new RunningCovers(stores.coverage, stores.members), stores.settings, clock), clock);
        Mailer mailer = Mailers.create(aws);
        UnitNotifier notifier = new UnitNotifier(mailer, stores.mails, stores.units, stores.settings, ids, clock);
        CheckCodes checkCodes = new CheckCodes(SecretKeyRing.of(aws, "RECEIPT_KEYS", "the receipt key ring"));
        VerificationLink links = new VerificationLink(env.require("PUBLIC_WEB_URL"));
        invoices = new InvoiceEntry(stores.enrollments, lifecycle, stores.sequences, stores.settings,
                stores.receipts, stores.invoices, stores.units, notifier, ids, clock);
        claims = new ClaimDeductions(stores.enrollments, clock);
        payments = new PaymentConfirmation(stores.enrollments, stores.invoices, stores.serials, stores.settings, checkCodes,
                notifier, new FulfilmentJobs(files), ids, clock);
        reconciliation = new Reconciliation(stores.arrivals, stores.enrollments, payments, files, ids, clock);
        corrections = new ReceiptCorrections(stores.enrollments, stores.receipts, stores.corrections, stores.settings,
                checkCodes, new CorrectionJobs(files), ids, clock);
        receipts = new ReceiptDesk(stores.enrollments, stores.receipts, stores.corrections, new ReceiptMail(mailer, stores.receipts, files, links,
                clock), files);
        verify = new Verification(stores.receipts, stores.corrections, stores.enrollments, checkCodes, stores.rateLimiter, stores.settings,
                env.require("DEFAULT_ORG_CODE"));
    }
}
