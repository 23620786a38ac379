package cn.huzhu.app.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.huzhu.api.Log;
import cn.huzhu.app.Ids;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.enrollment.RosterLock;

/**
 * Serialises the changes of a plan's members (imports, and the unit's edits of one member) through the enrollment's
 * version, so a plan's counts always equal its stored members, whatever the interleaving: take the plans, change their
 * members, give them back with the counts they now have. Edits waiting for one another wait a few seconds at most.
 */
public final class RosterLocks {
    private static final Log LOG = Log.of(RosterLocks.class);
    /** Longer than any API call can run (API Gateway gives up after 29 s), so an edit's hold outlives only its death. */
    public static final Duration EDIT_HOLD = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(8);

    private final EnrollmentEditor editor;
    private final MemberStore members;
    private final Ids ids;
    private final Clock clock;

    /** A hold of some plans of an enrollment. {@code recount} are the plans whose earlier holder died. */
    public record Hold(String enrollmentId, Set<String> planCodes, String owner, Set<String> recount) {
    }

    /** How one plan's counts changed: what left and what came in. */
    public record CountChange(MemberStats removed, MemberStats added) {
        public static final CountChange NONE = new CountChange(MemberStats.NONE, MemberStats.NONE);
    }

    public RosterLocks(EnrollmentEditor editor, MemberStore members, Ids ids, Clock clock) {
        this.editor = editor;
        this.members = members;
        this.ids = ids;
        this.clock = clock;
    }

    /** A unit's edit of members of one plan: waits a little while another edit holds it. */
    public Hold forEdit(Caller caller, String enrollmentId, String planCode) {
        String owner = "edit-" + ids.next();
        Instant deadline = clock.instant().plus(WAIT);
        for (int attempt = 1; ; attempt++) {
            try {
                Set<String> recount = editor.apply(caller, enrollmentId, e -> e.lockRosters(Set.of(planCode), owner,
                        RosterLock.Kind.EDIT, clock.instant(), EDIT_HOLD)).answer();
                return new Hold(enrollmentId, Set.of(planCode), owner, recount);
            } catch (DomainException e) {
                if (!RosterLock.Kind.EDIT.code().equals(e.code()) || clock.instant().isAfter(deadline)) {
                    throw e;
                }
                EnrollmentEditor.pause(attempt);
            }
        }
    }

    /** An import's hold of its plans, for as long as an import may run. */
    public Hold forImport(String enrollmentId, Collection<String> planCodes, String batchId, Duration hold) {
        Set<String> recount = editor.systemApply(enrollmentId, e -> e.lockRosters(planCodes, batchId,
                RosterLock.Kind.IMPORT, clock.instant(), hold));
        return new Hold(enrollmentId, new LinkedHashSet<>(planCodes), batchId, recount);
    }

    /** Gives the plans back with their counts changed as the holder changed the members (recounted where needed). */
    public Enrollment release(Hold hold, Map<String, CountChange> changes) {
        Map<String, MemberStats> recounted = new HashMap<>();
        hold.recount().forEach(code -> recounted.put(code, members.count(hold.enrollmentId(), code)));
        return editor.system(hold.enrollmentId(), e -> {
            for (String code : hold.planCodes()) {
                if (!e.unlockRoster(code, hold.owner())) {
                    LOG.warn("roster hold outlived", "enrollmentId", hold.enrollmentId(), "planCode", code);
                    continue;
                }
                if (recounted.containsKey(code)) {
                    e.recordMembers(code, recounted.get(code));
                } else {
                    CountChange change = changes.getOrDefault(code, CountChange.NONE);
                    e.recordMembers(code, e.requirePlan(code).members().minus(change.removed()).plus(change.added()));
                }
            }
        });
    }

    /** Gives the plans back with counts taken from the stored members (after an import). */
    public Enrollment releaseRecounted(Hold hold) {
        return release(new Hold(hold.enrollmentId(), hold.planCodes(), hold.owner(), hold.planCodes()), Map.of());
    }
}
