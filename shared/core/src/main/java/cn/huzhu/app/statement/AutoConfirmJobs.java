package cn.huzhu.app.statement;

import java.util.Optional;

import cn.huzhu.app.JobObjects;
import cn.huzhu.app.port.FileStore;

/**
 * With 自动确认 on, a statement's automatic matches are confirmed where payments are confirmed in the background: a job
 * object under jobs/auto-confirm/ names the org, and the receipts' function confirms its 自动匹配 lines.
 */
public final class AutoConfirmJobs {
    public static final String PREFIX = "jobs/auto-confirm/";
    private static final JobObjects JOBS = JobObjects.under(PREFIX, "[0-9A-Za-z]{1,20}");

    private final FileStore files;

    public AutoConfirmJobs(FileStore files) {
        this.files = files;
    }

    public void start(String orgCode, String runId) {
        JOBS.start(files, orgCode, runId);
    }

    /** The org a job's key names. */
    public static Optional<String> orgOf(String key) {
        return JOBS.subjectOf(key);
    }
}
