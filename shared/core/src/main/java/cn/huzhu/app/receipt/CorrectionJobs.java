package cn.huzhu.app.receipt;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;

/**
 * Red and replacement receipts are numbered where finance acts; their PDFs are drawn and mailed in the function that
 * draws receipts, started by a small object under jobs/receipts/ in the upload bucket (as jobs/payment/ starts the
 * work after a confirmation).
 */
public final class CorrectionJobs {
    public static final String PREFIX = "jobs/receipts/";
    private static final Pattern KEY = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-z]{20})/([0-9a-z]{20})\\.json");

    private final FileStore files;

    public CorrectionJobs(FileStore files) {
        this.files = files;
    }

    public void start(String enrollmentId, String runId) {
        String body = "{\"enrollmentId\":\"" + enrollmentId + "\",\"runId\":\"" + runId + "\"}";
        files.put(Bucket.UPLOADS, PREFIX + enrollmentId + "/" + runId + ".json", body.getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    /** The enrollment a job's key names. */
    public static Optional<String> enrollmentOf(String key) {
        Matcher matcher = KEY.matcher(key);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
