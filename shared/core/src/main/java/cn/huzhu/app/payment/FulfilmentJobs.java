package cn.huzhu.app.payment;

import java.util.Optional;

import cn.huzhu.app.JobObjects;
import cn.huzhu.app.port.FileStore;

/**
 * What a confirmed payment sets going runs in its own function, started by a job object under jobs/payment/ naming the
 * enrollment, one per run.
 */
public final class FulfilmentJobs {
    public static final String PREFIX = "jobs/payment/";
    private static final JobObjects JOBS = JobObjects.under(PREFIX, "[0-9a-z]{20}");

    private final FileStore files;

    /** One run of the work after confirmation of an enrollment. */
    public record Job(String enrollmentId, String runId) {
        public String key() {
            return JOBS.name(enrollmentId, runId);
        }
    }

    public FulfilmentJobs(FileStore files) {
        this.files = files;
    }

    public void start(Job job) {
        JOBS.start(files, job.enrollmentId(), job.runId());
    }

    public static Optional<Job> parse(String key) {
        return JOBS.subjectOf(key).map(enrollment -> new Job(enrollment, JOBS.runOf(key).orElseThrow()));
    }
}
