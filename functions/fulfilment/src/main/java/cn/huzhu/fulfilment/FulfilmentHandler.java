package cn.huzhu.fulfilment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.Mailers;
import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.Configured;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.pdf.ReceiptPdf;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.api.Log;
import cn.huzhu.api.S3Events;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.payment.ConfirmationNumbering;
import cn.huzhu.app.payment.CoverageRecorder;
import cn.huzhu.app.payment.FulfilPayment;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.receipt.ReceiptIssuer;
import cn.huzhu.app.Ids;
import cn.huzhu.app.payment.FulfilmentJobs;
import cn.huzhu.app.payment.PaymentConfirmation;
import cn.huzhu.app.receipt.CorrectionJobs;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.statement.AutoConfirmJobs;
import cn.huzhu.app.statement.Reconciliation;
import cn.huzhu.app.receipt.CorrectionReceipts;
import cn.huzhu.app.receipt.ReceiptMail;
import cn.huzhu.app.receipt.VerificationLink;
import cn.huzhu.domain.common.CheckCodes;

/**
 * Triggered by S3 ObjectCreated under jobs/payment/ in the upload bucket, one object per run after a 确认收款: the
 * receipts, their mail and the members' coverage; under jobs/receipts/, the PDFs and mails of red and replacement
 * receipts (红冲, 换开); under jobs/auto-confirm/, with 自动确认 on, the 自动匹配 lines of a statement. A failed run is thrown, so Lambda delivers the event again.
 */
public final class FulfilmentHandler implements RequestStreamHandler {
    private final Configured<Wiring> wiring;

    /** The use case and the bucket its jobs arrive in, built from the configuration. */
    private record Wiring(FulfilPayment fulfil, CorrectionReceipts corrections, Reconciliation reconciliation,
            String uploadBucket) {
        static Wiring of(Env env) {
            Clock clock = Clock.systemUTC();
            AwsSettings aws = new AwsSettings(env);
            DynamoStores stores = DynamoStores.create(aws, clock);
            FileStore files = S3FileStore.create(aws);
            VerificationLink links = new VerificationLink(env.require("PUBLIC_WEB_URL"));
            CheckCodes checkCodes = new CheckCodes(SecretKeyRing.of(aws, "RECEIPT_KEYS", "the receipt key ring"));
            ReceiptIssuer issuer = new ReceiptIssuer(stores.receipts, stores.invoices, new ReceiptPdf(), checkCodes, links,
                    files, stores.settings, clock);
            ReceiptMail mail = new ReceiptMail(Mailers.create(aws), stores.receipts, files, links, clock);
            EnrollmentEditor editor = new EnrollmentEditor(stores.enrollments);
            CoverageRecorder coverage = new CoverageRecorder(stores.members, stores.coverage, editor, stores.settings, stores.changes);
            ConfirmationNumbering numbering = new ConfirmationNumbering(stores.serials, stores.settings, editor, checkCodes);
            FulfilPayment fulfil = new FulfilPayment(stores.enrollments, issuer, mail, coverage, stores.idempotency,
                    stores.sequences, numbering, clock);
            CorrectionReceipts corrections = new CorrectionReceipts(stores.corrections, stores.receipts, new ReceiptPdf(),
                    links, files, mail);
            Ids ids = new Ids(clock);
            UnitNotifier notifier = new UnitNotifier(Mailers.create(aws), stores.mails, stores.units, stores.settings, ids,
                    clock);
            PaymentConfirmation payments = new PaymentConfirmation(stores.enrollments, stores.invoices, stores.serials,
                    stores.settings, checkCodes, notifier, new FulfilmentJobs(files), ids, clock);
            Reconciliation reconciliation = new Reconciliation(stores.arrivals, stores.enrollments, payments, files, ids,
                    clock);
            return new Wiring(fulfil, corrections, reconciliation, env.require("UPLOAD_BUCKET"));
        }
    }

    public FulfilmentHandler() {
        this(Env.system());
    }

    public FulfilmentHandler(Env env) {
        this.wiring = new Configured<>(env, Wiring::of);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        try {
            Json.write(output, handle(Json.tree(input)));
        } finally {
            Log.requestId(null);
        }
    }

    public List<Object> handle(JsonNode event) {
        Wiring w = wiring.get();
        return S3Events.created(event, w.uploadBucket()).stream().map(object -> {
            Log.objectKey(object.key());
            try {
                Optional<String> automatic = AutoConfirmJobs.orgOf(object.key());
                if (automatic.isPresent()) {
                    return (Object) w.reconciliation().confirmAutomatic(automatic.get()).size();
                }
                Optional<String> corrected = CorrectionJobs.enrollmentOf(object.key());
                if (corrected.isPresent()) {
                    return (Object) w.corrections().finish(corrected.get()).size();
                }
                return (Object) w.fulfil().onObjectCreated(object.key());
            } finally {
                Log.objectKey(null);
            }
        }).toList();
    }
}
