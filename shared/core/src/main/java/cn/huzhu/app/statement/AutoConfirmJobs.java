package cn.huzhu.app.statement;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;

/**
 * With 自动确认 on, a statement's automatic matches are confirmed where payments are confirmed in the background: a small
 * object under jobs/auto-confirm/ names the org, and the receipts' function confirms its 自动匹配 lines.
 */
public final class AutoConfirmJobs {
    public static final String PREFIX = "jobs/auto-confirm/";
    private static final Pattern KEY = Pattern.compile(Pattern.quote(PREFIX) + "([0-9A-Za-z]{1,20})/([0-9a-z]{20})\\.json");

    private final FileStore files;

    public AutoConfirmJobs(FileStore files) {
        this.files = files;
    }

    public void start(String orgCode, String runId) {
        files.put(Bucket.UPLOADS, PREFIX + orgCode + "/" + runId + ".json",
                ("{\"orgCode\":\"" + orgCode + "\"}").getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** The org a job's key names. */
    public static Optional<String> orgOf(String key) {
        Matcher matcher = KEY.matcher(key);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
