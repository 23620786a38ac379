package cn.huzhu.app.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.huzhu.api.Log;
import cn.huzhu.app.Ids;
import cn.huzhu.app.port.ArrivalStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.InvoiceStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.settings.Settings;
import cn.huzhu.domain.statement.Arrival;
import cn.huzhu.domain.statement.BankLine;
import cn.huzhu.domain.statement.Match;
import cn.huzhu.domain.statement.MatchStatus;
import cn.huzhu.domain.statement.OpenDue;
import cn.huzhu.domain.statement.StatementException;
import cn.huzhu.domain.statement.StatementMatcher;
import cn.huzhu.domain.statement.StatementTable;
import cn.huzhu.domain.statement.StatementUpload;

/**
 * The S3-triggered reading of one uploaded statement: every credit line not recorded before becomes a 到账记录 with its
 * match; a line matched automatically claims its enrollment, and a line that finds the enrollment claimed by another
 * (a parallel or earlier upload) becomes 待处理 as 重复缴款. A file that is not a statement marks the upload 失败 with
 * its message; one bad line is kept in the upload's problems.
 */
public final class StatementImport {
    public static final String KEY_PREFIX = "statements/";
    static final Pattern KEY = Pattern.compile("statements/([0-9a-z]+)\\.(xlsx|xls|csv|xml)");
    private static final Duration STALE = Duration.ofMinutes(15);
    private static final Log LOG = Log.of(StatementImport.class);

    private final ArrivalStore arrivals;
    private final OpenDues dues;
    private final FileStore files;
    private final SettingsStore settings;
    private final StatementReader reader;
    private final AutoConfirmJobs automatic;
    private final Ids ids;
    private final Clock clock;

    public enum Outcome { READ, FAILED, ALREADY_DONE, NOT_A_STATEMENT_UPLOAD }

    public StatementImport(ArrivalStore arrivals, EnrollmentStore enrollments, InvoiceStore invoices, FileStore files,
            SettingsStore settings, StatementReader reader, Ids ids, Clock clock) {
        this.arrivals = arrivals;
        this.dues = new OpenDues(enrollments, invoices);
        this.files = files;
        this.settings = settings;
        this.reader = reader;
        this.automatic = new AutoConfirmJobs(files);
        this.ids = ids;
        this.clock = clock;
    }

    public Outcome onObjectCreated(String key) {
        Matcher matcher = KEY.matcher(key);
        Optional<StatementUpload> found = matcher.matches() ? arrivals.findUpload(matcher.group(1)) : Optional.empty();
        if (found.isEmpty() || !found.get().fileKey().equals(key)) {
            LOG.warn("object is not a statement upload", "key", key);
            return Outcome.NOT_A_STATEMENT_UPLOAD;
        }
        StatementUpload upload = found.get();
        boolean stale = upload.status() == StatementUpload.Status.READING
                && upload.createdAt().plus(STALE).isBefore(clock.instant());
        if (upload.status() != StatementUpload.Status.WAITING && !stale) {
            return Outcome.ALREADY_DONE;
        }
        StatementUpload reading = upload.reading();
        if (!arrivals.updateUpload(reading)) {
            return Outcome.ALREADY_DONE;
        }
        reading = arrivals.findUpload(upload.id()).orElseThrow();
        try {
            return read(reading, key);
        } catch (DomainException refused) {
            arrivals.updateUpload(reading.failed(refused.getMessage(), clock.instant()));
            LOG.info("statement refused", "uploadId", upload.id(), "code", refused.code());
            return Outcome.FAILED;
        } catch (RuntimeException failed) {
            // storage or the bucket failed: give the upload back so that Lambda's retry of this event reads it again
            arrivals.findUpload(upload.id()).filter(u -> u.status() == StatementUpload.Status.READING)
                    .ifPresent(u -> arrivals.updateUpload(u.waitingAgain()));
            throw failed;
        }
    }

    private Outcome read(StatementUpload upload, String key) {
        Settings office = settings.get(upload.orgCode());
        List<String> accounts = office.arrivals().accounts(office.payee());
        List<StatementTable.Row> rows;
        Path file = download(key);
        try {
            rows = reader.rows(file);
        } finally {
            deleteQuietly(file);
        }
        StatementTable.Statement statement;
        try {
            statement = StatementTable.read(rows, accounts, BusinessDay.today(clock), arrivals.mappings(upload.orgCode()));
        } catch (DomainException refused) {
            if (!refused.code().equals(StatementException.NOT_RECOGNISED)) {
                throw refused;
            }
            arrivals.updateUpload(upload.failed(refused.getMessage(), rows, clock.instant()));
            return Outcome.FAILED;
        }
        List<BankLine> fresh = fresh(statement.credits());
        List<OpenDue> open = dues.of(upload.orgCode());
        Set<String> taken = arrivals.claimed(open.stream().map(OpenDue::enrollmentId).toList());
        Map<String, Match> matches = new StatementMatcher(open, taken).match(fresh);
        List<Arrival> candidates = fresh.stream().map(line -> new Arrival(line.key(), upload.orgCode(), upload.id(), line,
                matches.get(line.key()), List.of(), null, clock.instant(), 0)).toList();
        List<Arrival> added = claimAutomatic(arrivals.addNew(candidates));
        Map<MatchStatus, Integer> counts = new EnumMap<>(MatchStatus.class);
        added.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        arrivals.updateUpload(upload.done(statement.credits().size(), added.size(), statement.debits(), counts,
                statement.problems(), clock.instant()));
        if (counts.getOrDefault(MatchStatus.AUTO, 0) > 0 && office.arrivals().autoConfirm()) {
            automatic.start(upload.orgCode(), ids.next());
        }
        LOG.info("statement read", "uploadId", upload.id(), "credits", statement.credits().size(), "added", added.size());
        return Outcome.READ;
    }

    /** The lines of the file not recorded from an earlier statement. */
    private List<BankLine> fresh(List<BankLine> credits) {
        Set<String> known = arrivals.existing(credits.stream().map(BankLine::key).toList());
        return credits.stream().filter(line -> !known.contains(line.key())).toList();
    }

    /** Each automatic match takes its enrollment; one that another line holds becomes 待处理 (重复缴款). */
    private List<Arrival> claimAutomatic(List<Arrival> added) {
        Map<String, String> automatic = new java.util.HashMap<>();
        added.stream().filter(a -> a.status() == MatchStatus.AUTO)
                .forEach(a -> automatic.put(a.key(), a.match().enrollmentIds().get(0)));
        Set<String> held = arrivals.claimAll(automatic);
        List<Arrival> settled = new ArrayList<>(added.size());
        for (Arrival a : added) {
            if (automatic.containsKey(a.key()) && !held.contains(a.key())) {
                Arrival duplicate = a.rematched(new Match(MatchStatus.PENDING, "重复缴款：该参保单已有到账记录匹配", List.of(),
                        List.of(), null, List.of()));
                arrivals.update(duplicate);
                settled.add(duplicate);
            } else {
                settled.add(a);
            }
        }
        return settled;
    }

    private Path download(String key) {
        try (InputStream in = files.open(FileStore.Bucket.UPLOADS, key)) {
            Path file = Files.createTempFile("statement-", ".bin");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind goes with the container
        }
    }
}
