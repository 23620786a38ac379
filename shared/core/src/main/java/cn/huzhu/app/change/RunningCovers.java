package cn.huzhu.app.change;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Member;

/**
 * The cover that keeps a person out of a 增员: any cover of the activity type (any unit) still running on the day the
 * added cover would start, except one the person was taken off by a 减员 (离职 keeps cover to the term's end, yet the
 * person may come back as a new hire). One read of the stored cover per type; memberships are read only for the people
 * found covered.
 */
public final class RunningCovers {
    private final CoverageStore coverage;
    private final MemberStore members;

    public RunningCovers(CoverageStore coverage, MemberStore members) {
        this.coverage = coverage;
        this.members = members;
    }

    /** Per person and type, the last day of a cover running on {@code from} that counts; people without any are absent. */
    public Map<String, Map<ActivityType, LocalDate>> lastDays(Collection<String> keys, Set<ActivityType> types,
            LocalDate from) {
        Map<String, List<Coverage>> running = new HashMap<>();
        for (ActivityType type : types) {
            coverage.latest(keys, type).forEach((key, cover) -> {
                if (!cover.endsOn().isBefore(from)) {
                    running.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(cover);
                }
            });
        }
        if (running.isEmpty()) {
            return Map.of();
        }
        Set<String> removed = members.memberships(running.keySet()).stream().filter(m -> m.removal() != null)
                .map(RunningCovers::membership).collect(Collectors.toSet());
        Map<String, Map<ActivityType, LocalDate>> counted = new HashMap<>();
        running.forEach((key, covers) -> covers.stream()
                .filter(cover -> !removed.contains(key + "|" + cover.enrollmentId() + "|" + cover.planCode()))
                .forEach(cover -> counted.computeIfAbsent(key, k -> new HashMap<>()).put(cover.activityType(), cover.endsOn())));
        return counted;
    }

    private static String membership(Member m) {
        return m.key() + "|" + m.enrollmentId() + "|" + m.planCode();
    }
}
