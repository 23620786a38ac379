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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.huzhu.api.Log;
import cn.huzhu.app.Ids;
import cn.huzhu.app.change.Additions;
import cn.huzhu.app.change.RunningCovers;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.enrollment.RosterLocks;
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
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Sizes;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.RosterLock;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.domain.roster.RosterScreening;
import cn.huzhu.domain.settings.Settings;

/**
 * The S3-triggered import of one uploaded roster. Runs once per object (a conditional-write claim), reads the file
 * twice: first to refuse a bad file as a whole before anything is stored, then to screen every row and store the good
 * ones in batches, counting the plans' members as they are written. A run that dies is taken over by the next
 * delivery once its heartbeat stops; the plans it held are then counted from the stored members.
 */
public final class ImportRoster {
    private static final Log LOG = Log.of(ImportRoster.class);
    private static final Pattern KEY = Pattern.compile(Pattern.quote(RosterUploads.KEY_PREFIX)
            + "([0-9a-z]{20})/([0-9a-z]{20})\\.(xlsx|xls)");
    static final Duration STALE_AFTER = Duration.ofSeconds(90);
    static final String NOT_EDITABLE = "参保单已提交或已作废，不能再导入人员";
    static final String ANOTHER_IMPORT = "同一保障活动的另一份人员清单正在导入，请等它导入完成后重新上传该文件";

    private final BatchStore batches;
    private final EnrollmentStore enrollments;
    private final RosterLocks locks;
    private final PersonKeys keys;
    private final MemberStore members;
    private final CoverageStore coverage;
    private final RunningCovers runningCovers;
    private final FileStore files;
    private final IdempotencyStore idempotency;
    private final SettingsStore settings;
    private final RosterReader reader;
    private final FailedRowsWriter failedRows;
    private final Clock clock;

    public enum Outcome { IMPORTED, FILE_REFUSED, ALREADY_DONE, NOT_A_ROSTER_UPLOAD, RENEWAL_ROSTERS_WRITTEN }

    /** Thrown when another run holds the claim: the trigger should deliver the event again later. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String key) {
            super("another import of " + key + " is running");
        }
    }

    public ImportRoster(BatchStore batches, EnrollmentStore enrollments, MemberStore members, CoverageStore coverage,
            FileStore files, IdempotencyStore idempotency, SettingsStore settings, RosterReader reader,
            FailedRowsWriter failedRows, PersonKeys keys, Clock clock) {
        this.batches = batches;
        this.enrollments = enrollments;
        this.locks = new RosterLocks(new EnrollmentEditor(enrollments), members, new Ids(clock), clock);
        this.keys = keys;
        this.members = members;
        this.coverage = coverage;
        this.runningCovers = new RunningCovers(coverage, members);
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
        IdempotencyStore.Claimed claimed = idempotency.claim(claimKey, STALE_AFTER);
        switch (claimed.state()) {
            case ALREADY_DONE:
                LOG.info("roster already imported", "key", key);
                return Outcome.ALREADY_DONE;
            case IN_PROGRESS:
                throw new Busy(key);
            default:
                break;
        }
        try {
            Outcome outcome = run(matcher.group(1), matcher.group(2), key, size, claimed.held());
            claimed.held().complete();
            return outcome;
        } catch (RuntimeException e) {
            claimed.held().release();
            throw e;
        }
    }

    private Outcome run(String enrollmentId, String batchId, String key, long size, IdempotencyStore.Held claim) {
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
            return refuse(batch, NOT_EDITABLE);
        }
        if (size > limits.rosterMaxBytes()) {
            return refuse(batch, tooLarge(limits));
        }
        RosterLocks.Hold hold;
        try {
            hold = locks.forImport(enrollmentId, batch.planCodes(), batch.id(), ImportBatch.GIVE_UP_AFTER);
        } catch (DomainException refused) {
            if (RosterLock.Kind.EDIT.code().equals(refused.code())) {
                throw new Busy(key);
            }
            return refuse(batch, RosterLock.Kind.IMPORT.code().equals(refused.code()) ? ANOTHER_IMPORT
                    : "ENROLLMENT_NOT_EDITABLE".equals(refused.code()) ? NOT_EDITABLE : refused.getMessage());
        }
        ImportBatch running = batches.update(batch.running(0));
        Path file = null;
        try {
            file = download(key, limits);
            return importRows(running, enrollment.get(), file, limits, claim, hold);
        } catch (RosterFileException refused) {
            locks.releaseRecounted(hold);
            return refuse(batches.find(enrollmentId, batchId).orElse(running), refused.getMessage());
        } catch (RuntimeException failed) {
            locks.releaseRecounted(hold);
            throw failed;
        } finally {
            deleteQuietly(file);
        }
    }

    /** Both passes over a downloaded file, then the plans given back with their members counted. */
    private Outcome importRows(ImportBatch batch, Enrollment enrollment, Path file, Settings.Limits limits,
            IdempotencyStore.Held claim, RosterLocks.Hold hold) {
        int rows = RosterCheck.check(reader, file, limits.rosterMaxRows(), limits.rosterCellMaxChars());
        batch = batches.update(batch.running(0, rows));
        List<ChosenPlan> plans = batch.planCodes().stream().map(code -> enrollment.requirePlan(code).chosen()).toList();
        RosterScreening.Addition addition = Additions.screening(enrollment, settings.get(enrollment.orgCode()));
        RosterScreening screening = new RosterScreening(plans, keys, BusinessDay.today(clock), addition);
        RowImport.CoverLookup covers = addition == null ? coverage::lastDays
                : (people, types) -> runningCovers.lastDays(people, types, screening.plannedEffectiveDate());
        RowImport.Result result = new RowImport(batch, screening, plans, occupied(batch, hold), members, covers, batches,
                failedRows, claim::heartbeat, clock).run(reader, file, rows);
        String failedKey = result.failed() == 0 ? null : storeFailedRows(batch, result.failedRowsFile());
        locks.release(hold, result.changes());
        batches.update(result.batch().done(result.total(), result.succeeded(), result.failed(), failedKey, clock.instant()));
        LOG.info("roster imported", "enrollmentId", enrollment.id(), "batchId", batch.id(), "rows", result.total(),
                "failed", result.failed());
        return Outcome.IMPORTED;
    }

    /**
     * The plans whose members this import may replace and must count as it goes: those with members counted, read
     * now that the hold is taken. A plan whose earlier holder died is counted afresh when the hold ends, and a plan with
     * no member replaces nobody: neither needs its members looked up.
     */
    private Set<String> occupied(ImportBatch batch, RosterLocks.Hold hold) {
        Enrollment held = enrollments.find(batch.enrollmentId()).orElseThrow();
        return batch.planCodes().stream().filter(code -> !hold.recount().contains(code))
                .filter(code -> held.requirePlan(code).members().named() > 0).collect(Collectors.toSet());
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
