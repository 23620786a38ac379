package cn.huzhu.app.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import cn.huzhu.app.Futures;
import cn.huzhu.app.enrollment.RosterLocks;
import cn.huzhu.app.port.BatchStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.domain.roster.Placement;
import cn.huzhu.domain.roster.RosterHeader;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.domain.roster.RosterScreening;
import cn.huzhu.domain.roster.RowVerdict;

/**
 * The second pass: every row through the row rules, 100 rows at a time, as a pipeline. While a chunk is read from the
 * file, the earlier cover and the already stored members of the chunks before it are being looked up (one round trip
 * each, several chunks ahead); a chunk is decided in file order once its look-up is back, its good rows go out as
 * members in batched writes that run on while the next chunks are decided, and its failed rows are written out with
 * their reasons. The plans' counts change as the members are written: what a member replaced leaves, the member
 * comes in. Reports progress.
 */
final class RowImport implements HeaderFinder.Rows {
    private static final int CHUNK = 100;
    private static final int LOOKAHEAD = 4;
    private static final int WRITES_IN_FLIGHT = 8;
    private static final int PROGRESS_ROWS = 5_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(3);

    private final RosterScreening screening;
    private final List<String> planCodes;
    private final Set<String> occupied;
    private final Set<ActivityType> types;
    private final MemberStore members;
    private final CoverLookup coverage;
    private final BatchStore batches;
    private final FailedRowsWriter failedRowsWriter;
    private final Runnable heartbeat;
    private final Clock clock;
    private final List<RosterRow> chunk = new ArrayList<>(CHUNK);
    private final Deque<Pending> lookingUp = new ArrayDeque<>();
    private final Deque<Future<?>> writing = new ArrayDeque<>();
    private final Map<String, MemberStats> removed = new HashMap<>();
    private final Map<String, MemberStats> added = new HashMap<>();
    private ExecutorService io;
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

    /** {@code changes}: per plan, the counts of the members that left and of those that came in. */
    record Result(ImportBatch batch, int total, int succeeded, int failed, Path failedRowsFile,
            Map<String, RosterLocks.CountChange> changes) {
    }

    /**
     * Per person and activity type, the last day of the earlier cover the rows are judged with: every stored cover for
     * an enrollment (it makes 未到期), the cover that keeps a person out for a 增员.
     */
    @FunctionalInterface
    interface CoverLookup {
        Map<String, Map<ActivityType, LocalDate>> lastDays(List<String> keys, Set<ActivityType> types);
    }

    /** A chunk read and identified, its look-up on the way. */
    private record Pending(List<RosterRow> rows, List<RosterScreening.Identified> people, Future<Lookup> lookup) {
    }

    /** What is stored for a chunk's people: their cover per activity type, and per plan the members they already are. */
    private record Lookup(Map<String, Map<ActivityType, LocalDate>> ends, Map<String, Map<String, Member>> stored) {
    }

    /** {@code occupied}: the plans whose stored members the import may replace, looked up to count what leaves. */
    RowImport(ImportBatch batch, RosterScreening screening, List<ChosenPlan> plans, Set<String> occupied,
            MemberStore members, CoverLookup coverage, BatchStore batches, FailedRowsWriter failedRowsWriter,
            Runnable heartbeat, Clock clock) {
        this.batch = batch;
        this.screening = screening;
        this.planCodes = plans.stream().map(ChosenPlan::code).toList();
        this.occupied = Set.copyOf(occupied);
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
        io = Executors.newFixedThreadPool(LOOKAHEAD + WRITES_IN_FLIGHT, task -> {
            Thread thread = new Thread(task, "roster-import-io");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HeaderFinder finder = new HeaderFinder(this);
            reader.read(file, finder);
            finder.finish();
            flush();
            while (!lookingUp.isEmpty()) {
                decideOldest();
            }
            while (!writing.isEmpty()) {
                await(writing.poll());
            }
        } finally {
            io.shutdownNow();
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
        Map<String, RosterLocks.CountChange> changes = new HashMap<>();
        planCodes.forEach(code -> changes.put(code, new RosterLocks.CountChange(removed.getOrDefault(code, MemberStats.NONE),
                added.getOrDefault(code, MemberStats.NONE))));
        return new Result(batch, total, succeeded, failed, failed == 0 ? null : failedRowsFile, changes);
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

    /** Identifies the chunk's people and sends their look-up on its way; decides the oldest chunk once enough wait. */
    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<RosterRow> rows = List.copyOf(chunk);
        chunk.clear();
        List<RosterScreening.Identified> people = rows.stream().map(row -> screening.identify(row, header)).toList();
        List<String> keys = people.stream().map(RosterScreening.Identified::key).filter(Objects::nonNull).distinct().toList();
        lookingUp.add(new Pending(rows, people, io.submit(() -> lookUp(keys))));
        if (lookingUp.size() > LOOKAHEAD) {
            decideOldest();
        }
    }

    private Lookup lookUp(List<String> keys) {
        Map<String, Map<String, Member>> stored = new HashMap<>();
        for (String planCode : planCodes) {
            stored.put(planCode, !occupied.contains(planCode) ? Map.of() : members.findAll(batch.enrollmentId(), planCode,
                    keys).stream().collect(Collectors.toMap(Member::key, member -> member)));
        }
        return new Lookup(keys.isEmpty() ? Map.of() : coverage.lastDays(keys, types), stored);
    }

    /** Decides the oldest chunk, in file order: its members go out while the import goes on. */
    private void decideOldest() {
        Pending oldest = lookingUp.poll();
        Lookup lookup = await(oldest.lookup());
        List<Member> accepted = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < oldest.rows().size(); i++) {
            RosterScreening.Identified who = oldest.people().get(i);
            Map<ActivityType, LocalDate> ends = who.key() == null ? Map.of() : lookup.ends().getOrDefault(who.key(), Map.of());
            RowVerdict verdict = screening.decide(oldest.rows().get(i), who, ends);
            for (Placement placement : verdict.placements()) {
                Member member = Member.placed(batch.enrollmentId(), verdict.personKey(), verdict.person(), placement,
                        batch.id(), now);
                accepted.add(member);
                count(member, lookup.stored().get(member.planCode()).get(member.key()));
            }
            if (verdict.accepted()) {
                succeeded++;
            } else {
                failedRows().add(writeBack(oldest.rows().get(i).cells()), verdict.reason());
                failed++;
            }
        }
        if (!accepted.isEmpty()) {
            writing.add(io.submit(() -> members.putAll(accepted)));
            while (writing.size() > WRITES_IN_FLIGHT) {
                await(writing.poll());
            }
        }
        total += oldest.rows().size();
        reportProgress();
    }

    private void count(Member member, Member replaced) {
        if (replaced != null) {
            removed.merge(member.planCode(), replaced.stats(), MemberStats::plus);
        }
        added.merge(member.planCode(), member.stats(), MemberStats::plus);
    }

    private static <T> T await(Future<T> future) {
        return Futures.await(future, "the import's reads and writes");
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
