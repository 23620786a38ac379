package cn.huzhu.app.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.huzhu.api.Json;
import cn.huzhu.api.Log;
import cn.huzhu.app.port.BatchStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.domain.roster.Person;

/**
 * The rosters of a 续保: a job object under jobs/renewal/ names the new draft, the confirmed enrollment and one batch
 * per plan; each batch's roster is written from the old members in the template's columns and dropped where an upload
 * would land, so the ordinary import judges it.
 */
public final class RenewalRosters {
    public static final String PREFIX = "jobs/renewal/";
    private static final Log LOG = Log.of(RenewalRosters.class);

    private final FileStore files;
    private final BatchStore batches;
    private final MemberStore members;
    private final RosterWriter writer;

    /**
     * What one renewal needs written: for each batch, the old members of the batch's plan, in the renewed enrollment
     * and in its confirmed 增员 ({@code additions}; absent in jobs written before 增员 existed).
     */
    public record Job(String enrollmentId, String renewedFrom, List<String> batchIds, List<String> additions) {
        List<String> sources() {
            List<String> all = new ArrayList<>(List.of(renewedFrom));
            all.addAll(additions == null ? List.of() : additions);
            return all;
        }
    }

    public RenewalRosters(FileStore files, BatchStore batches, MemberStore members, RosterWriter writer) {
        this.files = files;
        this.batches = batches;
        this.members = members;
        this.writer = writer;
    }

    public static String rosterKey(String enrollmentId, String batchId) {
        return RosterUploads.KEY_PREFIX + enrollmentId + "/" + batchId + ".xlsx";
    }

    /** Drops the job (from the enrollment function, which writes no spreadsheets). */
    public static void start(FileStore files, Job job) {
        files.put(Bucket.UPLOADS, PREFIX + job.enrollmentId() + ".json", Json.bytes(job), "application/json");
    }

    /** Writes the rosters of a job (in the import function); writing one again only replaces it with the same rows. */
    public int onObjectCreated(String key) {
        Optional<Job> job = read(key);
        if (job.isEmpty()) {
            return 0;
        }
        int written = 0;
        for (String batchId : job.get().batchIds()) {
            Optional<ImportBatch> batch = batches.find(job.get().enrollmentId(), batchId);
            if (batch.isEmpty() || batch.get().status() != ImportBatch.Status.WAITING) {
                continue;
            }
            writeRoster(job.get().sources(), batch.get());
            written++;
        }
        LOG.info("renewal rosters written", "enrollmentId", job.get().enrollmentId(), "rosters", written);
        return written;
    }

    private void writeRoster(List<String> sources, ImportBatch batch) {
        List<Person> persons = new ArrayList<>();
        for (String source : sources) {
            members.forEach(source, batch.planCodes().get(0), (Member member) -> {
                if (member.removal() == null) {
                    persons.add(member.person());
                }
            });
        }
        Path file = null;
        try {
            file = Files.createTempFile("renewal-", ".xlsx");
            writer.write(file, persons);
            files.put(Bucket.UPLOADS, batch.fileKey(), Files.readAllBytes(file),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ImportRoster.deleteQuietly(file);
        }
    }

    private Optional<Job> read(String key) {
        if (!key.startsWith(PREFIX) || !key.endsWith(".json")) {
            LOG.warn("object is not a renewal job", "key", key);
            return Optional.empty();
        }
        try (var in = files.open(Bucket.UPLOADS, key)) {
            return Optional.of(Json.value(in, Job.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
