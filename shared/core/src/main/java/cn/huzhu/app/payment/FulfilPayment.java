package cn.huzhu.app.payment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

import cn.huzhu.api.Log;
import cn.huzhu.app.Futures;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.IdempotencyStore;
import cn.huzhu.app.port.SequenceStore;
import cn.huzhu.app.port.Superseded;
import cn.huzhu.app.receipt.ReceiptIssuer;
import cn.huzhu.app.receipt.ReceiptMail;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Fulfilment;
import cn.huzhu.domain.invoice.Receipt;

/**
 * The work a confirmed payment sets going, one run per job object: issue the receipts and mail each one not yet mailed
 * while every member's cover is fixed, and say on the enrollment how it went. A run delivered twice runs once; a failed
 * run says why and is thrown, so the trigger retries it and finance can start another. Cover does not wait for the
 * receipts: a run whose receipts failed has still fixed the cover, and the next run finds it fixed.
 */
public final class FulfilPayment {
    private static final Log LOG = Log.of(FulfilPayment.class);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final EnrollmentStore enrollments;
    private final EnrollmentEditor editor;
    private final ReceiptIssuer issuer;
    private final ReceiptMail mail;
    private final CoverageRecorder coverage;
    private final IdempotencyStore idempotency;
    private final SequenceStore sequences;
    private final ConfirmationNumbering numbering;
    private final Clock clock;

    public enum Outcome { DONE, ALREADY_DONE, NOT_A_JOB, NOT_CONFIRMED, SUPERSEDED }

    /** Another delivery of the same job is running: the trigger should deliver this one again later. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String key) {
            super("another run of " + key + " is in progress");
        }
    }

    public FulfilPayment(EnrollmentStore enrollments, ReceiptIssuer issuer, ReceiptMail mail, CoverageRecorder coverage,
            IdempotencyStore idempotency, SequenceStore sequences, ConfirmationNumbering numbering, Clock clock) {
        this.enrollments = enrollments;
        this.editor = new EnrollmentEditor(enrollments);
        this.issuer = issuer;
        this.mail = mail;
        this.coverage = coverage;
        this.idempotency = idempotency;
        this.sequences = sequences;
        this.numbering = numbering;
        this.clock = clock;
    }

    public Outcome onObjectCreated(String key) {
        FulfilmentJobs.Job job = FulfilmentJobs.parse(key).orElse(null);
        if (job == null) {
            LOG.warn("object is not a fulfilment job", "key", key);
            return Outcome.NOT_A_JOB;
        }
        String claim = "fulfilment:" + job.enrollmentId() + ":" + job.runId();
        IdempotencyStore.Claimed claimed = idempotency.claim(claim, STALE_AFTER);
        switch (claimed.state()) {
            case ALREADY_DONE:
                return Outcome.ALREADY_DONE;
            case IN_PROGRESS:
                throw new Busy(key);
            default:
                break;
        }
        // every run of an enrollment's work gets a higher epoch than the runs before it, takeovers included
        long epoch = sequences.next("lease-fulfilment-" + job.enrollmentId());
        try {
            // the receipts and the cover both show life, from two threads
            Outcome outcome = run(job.enrollmentId(), claimed.held()::heartbeat, epoch);
            claimed.held().complete();
            return outcome;
        } catch (Superseded newerRun) {
            LOG.warn("fulfilment run taken over, stopping", "enrollmentId", job.enrollmentId(), "epoch", epoch);
            return Outcome.SUPERSEDED;
        } catch (RuntimeException e) {
            claimed.held().release();
            LOG.error("fulfilment failed", e, "enrollmentId", job.enrollmentId());
            editor.system(job.enrollmentId(), current -> current.recordFulfilment(Fulfilment.failed(
                    "处理失败，可点击“重新处理”再试（" + e.getClass().getSimpleName() + "）", clock.instant())));
            throw e;
        }
    }

    private Outcome run(String enrollmentId, Runnable heartbeat, long epoch) {
        Enrollment e = enrollments.find(enrollmentId).orElse(null);
        if (e == null || e.state() != EnrollmentState.CONFIRMED) {
            LOG.warn("fulfilment of an enrollment not confirmed", "enrollmentId", enrollmentId);
            return Outcome.NOT_CONFIRMED;
        }
        Enrollment numbered = numbering.ensure(e);
        // the receipts and their mail touch neither the members nor their cover: they run while the cover is fixed
        FutureTask<List<Receipt>> receipting = inBackground(() -> issueAndMail(numbered, epoch, heartbeat));
        int covered = coverAlongside(numbered, heartbeat, receipting);
        List<Receipt> receipts = Futures.await(receipting, "the receipts");
        editor.system(enrollmentId, current -> current.recordFulfilment(Fulfilment.done(receipts.size(), covered,
                clock.instant())));
        LOG.info("fulfilment done", "enrollmentId", enrollmentId, "receipts", receipts.size(), "members", covered);
        return Outcome.DONE;
    }

    private List<Receipt> issueAndMail(Enrollment e, long epoch, Runnable heartbeat) {
        List<Receipt> receipts = issuer.issueAll(e, epoch);
        for (Receipt receipt : receipts) {
            if (receipt.delivery().status() == Receipt.Status.PENDING) {
                mail.deliver(receipt);
            }
            heartbeat.run();
        }
        return receipts;
    }

    private static <T> FutureTask<T> inBackground(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(Log.carried(work));
        Thread thread = new Thread(task, "fulfilment-receipts");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Fixes the cover; should that fail, the receipts are waited for first, so nothing of this run goes on after it. */
    private int coverAlongside(Enrollment e, Runnable heartbeat, FutureTask<?> receipting) {
        try {
            return coverage.record(e, heartbeat);
        } catch (RuntimeException failed) {
            try {
                Futures.await(receipting, "the receipts");
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
    }
}
