package cn.huzhu.app.payment;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;

/**
 * What a confirmed payment sets going runs in its own function: a small object dropped under jobs/payment/ in the
 * upload bucket starts it (the bucket's notification, as for rosters), one object per run.
 */
public final class FulfilmentJobs {
    public static final String PREFIX = "jobs/payment/";
    private static final Pattern KEY = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-z]{20})/([0-9a-z]{20})\\.json");

    private final FileStore files;

    /** One run of the work after confirmation of an enrollment. */
    public record Job(String enrollmentId, String runId) {
        public String key() {
            return PREFIX + enrollmentId + "/" + runId + ".json";
        }
    }

    public FulfilmentJobs(FileStore files) {
        this.files = files;
    }

    public void start(Job job) {
        String body = "{\"enrollmentId\":\"" + job.enrollmentId() + "\",\"runId\":\"" + job.runId() + "\"}";
        files.put(Bucket.UPLOADS, job.key(), body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public static Optional<Job> parse(String key) {
        Matcher matcher = KEY.matcher(key);
        return matcher.matches() ? Optional.of(new Job(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}
