package cn.huzhu.app;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;

/**
 * Work that runs in another function is started by a small object under a prefix of the upload bucket (its notification
 * starts the function, as for rosters): {@code <prefix><subject>/<run id>.json}, one object per run, its key naming
 * what to work on.
 */
public record JobObjects(String prefix, Pattern key) {

    /** @param subject the pattern of what a job names (an enrollment id, an org code) */
    public static JobObjects under(String prefix, String subject) {
        return new JobObjects(prefix, Pattern.compile(Pattern.quote(prefix) + "(" + subject + ")/([0-9a-z]{20})\\.json"));
    }

    public String name(String subject, String runId) {
        return prefix + subject + "/" + runId + ".json";
    }

    public void start(FileStore files, String subject, String runId) {
        String body = "{\"subject\":\"" + subject + "\",\"runId\":\"" + runId + "\"}";
        files.put(Bucket.UPLOADS, name(subject, runId), body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** The subject a job's key names, if it is a key of this kind. */
    public Optional<String> subjectOf(String objectKey) {
        return match(objectKey).map(m -> m.group(1));
    }

    /** The run a job's key names. */
    public Optional<String> runOf(String objectKey) {
        return match(objectKey).map(m -> m.group(2));
    }

    private Optional<Matcher> match(String objectKey) {
        Matcher matcher = key.matcher(objectKey);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
