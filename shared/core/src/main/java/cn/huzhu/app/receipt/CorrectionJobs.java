package cn.huzhu.app.receipt;

import java.util.Optional;

import cn.huzhu.app.JobObjects;
import cn.huzhu.app.port.FileStore;

/**
 * Red and replacement receipts are numbered where finance acts; their PDFs are drawn and mailed in the function that
 * draws receipts, started by a job object under jobs/receipts/ naming the enrollment.
 */
public final class CorrectionJobs {
    public static final String PREFIX = "jobs/receipts/";
    private static final JobObjects JOBS = JobObjects.under(PREFIX, "[0-9a-z]{20}");

    private final FileStore files;

    public CorrectionJobs(FileStore files) {
        this.files = files;
    }

    public void start(String enrollmentId, String runId) {
        JOBS.start(files, enrollmentId, runId);
    }

    /** The enrollment a job's key names. */
    public static Optional<String> enrollmentOf(String key) {
        return JOBS.subjectOf(key);
    }
}
