package cn.huzhu.app.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.statement.Arrival;
import cn.huzhu.domain.statement.MatchStatus;
import cn.huzhu.domain.statement.StatementMapping;
import cn.huzhu.domain.statement.StatementUpload;

/** 到账记录, the statement uploads they came from, the claims that let one line match an enrollment, and decisions. */
public interface ArrivalStore {
    /** The keys of these lines that are recorded already. */
    Set<String> existing(Collection<String> keys);

    /** Records each line unless its key is recorded; returns those recorded now (in parallel uploads, once each). */
    List<Arrival> addNew(List<Arrival> arrivals);

    Optional<Arrival> find(String key);

    /** Writes a changed line if it still has the version it was read with; false when another change came first. */
    boolean update(Arrival changed);

    /** What a tab of 到账核对 shows: one status, the transfer's date and amount within bounds (each may be null). */
    record Filter(String orgCode, MatchStatus status, LocalDate from, LocalDate to, Money min, Money max) {
    }

    /** How many lines of the org are in this status. */
    long count(String orgCode, MatchStatus status);

    /** A tab of 到账核对, newest transfer first. */
    Page<Arrival> list(Filter filter, String cursor, int limit);

    /** Lets one line match an enrollment; false when another line holds it. */
    boolean claim(String enrollmentId, String lineKey);

    /** {@link #claim} for many lines at once (line key → enrollment): the keys of the lines that hold their claim. */
    Set<String> claimAll(java.util.Map<String, String> enrollmentByLine);

    /** Gives an enrollment back, if this line holds it. */
    void release(String enrollmentId, String lineKey);

    /** Of these enrollments, those a line holds. */
    Set<String> claimed(Collection<String> enrollmentIds);

    /** One decision on a line, kept for good. */
    record Decision(String at, String by, String action, String detail) {
    }

    void record(String lineKey, Decision decision);

    List<Decision> decisions(String lineKey);

    /** The layouts finance mapped by hand for the org's banks. */
    List<StatementMapping> mappings(String orgCode);

    /** Keeps a bank's layout, replacing an earlier one of the same name. */
    void saveMapping(String orgCode, StatementMapping mapping);

    StatementUpload createUpload(StatementUpload upload);

    Optional<StatementUpload> findUpload(String id);

    /** Writes a changed upload if it still has its version; false when another run changed it first. */
    boolean updateUpload(StatementUpload changed);

    /** The org's uploads, newest first. */
    List<StatementUpload> uploads(String orgCode, int limit);
}
