package cn.huzhu.app.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.huzhu.api.Log;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.port.BatchStore;
import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.IdempotencyStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.Sizes;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.domain.roster.RosterScreening;
import cn.huzhu.domain.settings.Settings;

/**
 * The S3-triggered import of one uploaded roster. Runs once per object (a conditional-write claim), reads the file
 * twice: first to refuse a bad file as a whole before anything is stored, then to screen every row and store the good
 * ones in batches. A run that dies is taken over by the next delivery once its heartbeat stops.
 */
public final class ImportRoster {
    private static final Log LOG = Log.of(ImportRoster.class);
    private static final Pattern KEY = Pattern.compile(Pattern.quote(RosterUploads.KEY_PREFIX)
            + "([0-9a-z]{20})/([0-9a-z]{20})\\.(xlsx|xls)");
    static final Duration STALE_AFTER = Duration.ofSeconds(90);

    private final BatchStore batches;
    private final EnrollmentStore enrollments;
    private final EnrollmentEditor editor;
    private final MemberStore members;
    private final CoverageStore coverage;
    private final FileStore files;
    private final IdempotencyStore idempotency;
    private final SettingsStore settings;
    private final RosterReader reader;
    private final FailedRowsWriter failedRows;
    private final Clock clock;

    public enum Outcome { IMPORTED, FILE_REFUSED, ALREADY_DONE, NOT_A_ROSTER_UPLOAD }

    /** Thrown when another run holds the claim: the trigger should deliver the event again later. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String key) {
            super("another import of " + key + " is running");
        }
    }

    public ImportRoster(BatchStore batches, EnrollmentStore enrollments, MemberStore members, CoverageStore coverage,
            FileStore files, IdempotencyStore idempotency, SettingsStore settings, RosterReader reader,
            FailedRowsWriter failedRows, Clock clock) {
        this.batches = batches;
        this.enrollments = enrollments;
        this.editor = new EnrollmentEditor(enrollments);
        this.members = members;
        this.coverage = coverage;
        this.files = files;
        this.idempotency = idempotency;
        this.settings = settings;
        this.reader = reader;
        this.failedRows = failedRows;
        this.clock = clock;
    }

    public Outcome onObjectCreated(String key, long size, String eTag) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            LOG.warn("object is not a roster upload", "key", key);
            return Outcome.NOT_A_ROSTER_UPLOAD;
        }
        String claimKey = "roster:" + key + ":" + eTag;
        switch (idempotency.claim(claimKey, STALE_AFTER)) {
            case ALREADY_DONE:
                LOG.info("roster already imported", "key", key);
                return Outcome.ALREADY_DONE;
            case IN_PROGRESS:
                throw new Busy(key);
            default:
                break;
        }
        try {
            Outcome outcome = run(matcher.group(1), matcher.group(2), key, size, claimKey);
            idempotency.complete(claimKey);
            return outcome;
        } catch (RuntimeException e) {
            idempotency.release(claimKey);
            throw e;
        }
    }

    private Outcome run(String enrollmentId, String batchId, String key, long size, String claimKey) {
        Optional<ImportBatch> found = batches.find(enrollmentId, batchId).filter(batch -> batch.fileKey().equals(key));
        Optional<Enrollment> enrollment = enrollments.find(enrollmentId);
        if (found.isEmpty() || enrollment.isEmpty()) {
            LOG.warn("upload without its batch", "key", key);
            return Outcome.NOT_A_ROSTER_UPLOAD;
        }
        ImportBatch batch = found.get();
        if (batch.finished()) {
            return Outcome.ALREADY_DONE;
        }
        Settings.Limits limits = settings.get(enrollment.get().orgCode()).limits();
        if (!enrollment.get().state().editableByUnit()) {
            return refuse(batch, "参保单已提交或已作废，不能再导入人员");
        }
        if (size > limits.rosterMaxBytes()) {
            return refuse(batch, tooLarge(limits));
        }
        ImportBatch running = batches.update(batch.running(0));
        Path file = null;
        try {
            file = download(key, limits);
            return importRows(running, enrollment.get(), file, limits, claimKey);
        } catch (RosterFileException refused) {
            return refuse(batches.find(enrollmentId, batchId).orElse(running), refused.getMessage());
        } finally {
            deleteQuietly(file);
        }
    }

    /** Both passes over a downloaded file, then the recount of each plan's members. */
    private Outcome importRows(ImportBatch batch, Enrollment enrollment, Path file, Settings.Limits limits, String claimKey) {
        int rows = RosterCheck.check(reader, file, limits.rosterMaxRows(), limits.rosterCellMaxChars());
        List<ChosenPlan> plans = batch.planCodes().stream().map(code -> enrollment.requirePlan(code).chosen()).toList();
        RosterScreening screening = new RosterScreening(plans, BusinessDay.today(clock));
        RowImport.Result result = new RowImport(batch, screening, plans, members, coverage, batches, failedRows,
                () -> idempotency.heartbeat(claimKey), clock).run(reader, file, rows);
        String failedKey = result.failed() == 0 ? null : storeFailedRows(batch, result.failedRowsFile());
        for (ChosenPlan plan : plans) {
            MemberStats stats = members.count(enrollment.id(), plan.code());
            editor.system(enrollment.id(), e -> e.recordMembers(plan.code(), stats));
        }
        batches.update(result.batch().done(result.total(), result.succeeded(), result.failed(), failedKey, clock.instant()));
        LOG.info("roster imported", "enrollmentId", enrollment.id(), "batchId", batch.id(), "rows", result.total(),
                "failed", result.failed());
        return Outcome.IMPORTED;
    }

    private Outcome refuse(ImportBatch batch, String why) {
        batches.update(batch.failedFile(why, clock.instant()));
        LOG.info("roster refused", "enrollmentId", batch.enrollmentId(), "batchId", batch.id());
        return Outcome.FILE_REFUSED;
    }

    private static String tooLarge(Settings.Limits limits) {
        return "文件大小超过" + Sizes.describe(limits.rosterMaxBytes()) + "，请拆分后分批上传";
    }

    /** Copies the upload to local disk (Lambda's /tmp), stopping at the size limit whatever S3 said. */
    private Path download(String key, Settings.Limits limits) {
        try {
            Path file = Files.createTempFile("roster-", ".bin");
            try (InputStream in = files.open(Bucket.UPLOADS, key)) {
                long copied = Files.copy(new LimitedInputStream(in, limits.rosterMaxBytes() + 1), file,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (copied > limits.rosterMaxBytes()) {
                    deleteQuietly(file);
                    throw new RosterFileException(tooLarge(limits));
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot download " + key, e);
        }
    }

    private String storeFailedRows(ImportBatch batch, Path workbook) {
        String key = "failed-rows/" + batch.enrollmentId() + "/" + batch.id() + ".xlsx";
        try {
            files.put(Bucket.GENERATED, key, Files.readAllBytes(workbook),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(workbook);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("temporary file not deleted", "file", file.toString());
        }
    }
}
