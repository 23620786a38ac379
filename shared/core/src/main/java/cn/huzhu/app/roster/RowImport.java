package cn.huzhu.app.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.huzhu.app.port.BatchStore;
import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.domain.roster.PersonRules;
import cn.huzhu.domain.roster.Placement;
import cn.huzhu.domain.roster.RosterHeader;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.domain.roster.RosterScreening;
import cn.huzhu.domain.roster.RowVerdict;

/**
 * The second pass: every row through the row rules, 100 rows at a time so earlier coverage is looked up in one round
 * trip, good rows stored as members in batched writes, failed rows written out with their reasons. Reports progress.
 */
final class RowImport implements HeaderFinder.Rows {
    private static final int CHUNK = 100;
    private static final int PROGRESS_ROWS = 5_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(3);

    private final RosterScreening screening;
    private final Set<ActivityType> types;
    private final MemberStore members;
    private final CoverageStore coverage;
    private final BatchStore batches;
    private final FailedRowsWriter failedRowsWriter;
    private final Runnable heartbeat;
    private final Clock clock;
    private final List<RosterRow> chunk = new ArrayList<>(CHUNK);
    private ImportBatch batch;
    private RosterHeader header;
    private List<Integer> keptColumns;
    private FailedRowsWriter.Session failedRows;
    private Path failedRowsFile;
    private int total;
    private int succeeded;
    private int failed;
    private int reported;
    private Instant reportedAt;

    record Result(ImportBatch batch, int total, int succeeded, int failed, Path failedRowsFile) {
    }

    RowImport(ImportBatch batch, RosterScreening screening, List<ChosenPlan> plans, MemberStore members,
            CoverageStore coverage, BatchStore batches, FailedRowsWriter failedRowsWriter, Runnable heartbeat,
            Clock clock) {
        this.batch = batch;
        this.screening = screening;
        this.types = plans.stream().map(ChosenPlan::activityType).collect(Collectors.toSet());
        this.members = members;
        this.coverage = coverage;
        this.batches = batches;
        this.failedRowsWriter = failedRowsWriter;
        this.heartbeat = heartbeat;
        this.clock = clock;
        this.reportedAt = clock.instant();
    }

    Result run(RosterReader reader, Path file, int expectedRows) {
        try {
            HeaderFinder finder = new HeaderFinder(this);
            reader.read(file, finder);
            finder.finish();
            flush();
        } finally {
            if (failedRows != null) {
                failedRows.close();
            }
        }
        if (total != expectedRows) {
            throw new RosterFileException("文件在导入过程中发生了变化，请重新上传");
        }
        if (failed == 0 && failedRowsFile != null) {
            ImportRoster.deleteQuietly(failedRowsFile);
        }
        return new Result(batch, total, succeeded, failed, failed == 0 ? null : failedRowsFile);
    }

    @Override
    public void header(RosterHeader found) {
        header = found;
        keptColumns = found.writeBackColumns();
    }

    @Override
    public void person(RosterRow row) {
        if (row.isEmpty()) {
            return;
        }
        chunk.add(row);
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<PersonRules.Check> checks = chunk.stream().map(row -> screening.identify(row, header)).toList();
        Map<String, Map<ActivityType, LocalDate>> ends = coverage.lastDays(checks.stream()
                .filter(check -> check.person() != null).map(check -> screening.keyOf(check.person())).distinct().toList(), types);
        List<Member> accepted = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < chunk.size(); i++) {
            PersonRules.Check check = checks.get(i);
            Map<ActivityType, LocalDate> personEnds = check.person() == null ? Map.of()
                    : ends.getOrDefault(screening.keyOf(check.person()), Map.of());
            RowVerdict verdict = screening.decide(chunk.get(i), header, check, personEnds);
            for (Placement placement : verdict.placements()) {
                accepted.add(Member.placed(batch.enrollmentId(), verdict.personKey(), verdict.person(), placement,
                        batch.id(), now));
            }
            if (verdict.accepted()) {
                succeeded++;
            } else {
                failedRows().add(writeBack(chunk.get(i).cells()), verdict.reason());
                failed++;
            }
        }
        members.putAll(accepted);
        total += chunk.size();
        chunk.clear();
        reportProgress();
    }

    private FailedRowsWriter.Session failedRows() {
        if (failedRows == null) {
            try {
                failedRowsFile = Files.createTempFile("failed-rows-", ".xlsx");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            failedRows = failedRowsWriter.open(failedRowsFile, writeBack(header.titles()));
        }
        return failedRows;
    }

    /** The columns the failed-rows file keeps: the file's own, without an earlier 失败原因. */
    private <T> List<T> writeBack(List<T> cells) {
        List<T> kept = new ArrayList<>(keptColumns.size());
        for (int column : keptColumns) {
            if (column < cells.size()) {
                kept.add(cells.get(column));
            }
        }
        return kept;
    }

    private void reportProgress() {
        Instant now = clock.instant();
        if (total - reported >= PROGRESS_ROWS || now.isAfter(reportedAt.plus(PROGRESS_EVERY))) {
            batch = batches.update(batch.running(total));
            heartbeat.run();
            reported = total;
            reportedAt = now;
        }
    }
}
