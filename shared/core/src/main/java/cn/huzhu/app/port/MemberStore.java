package cn.huzhu.app.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;

public interface MemberStore {
    /** Inserts or replaces (same person, same plan: one member). Writes in batches. */
    void putAll(Collection<Member> members);

    Optional<Member> find(String enrollmentId, String planCode, String personKey);

    /** The members among these person keys; missing ones are simply absent. */
    List<Member> findAll(String enrollmentId, String planCode, Collection<String> personKeys);

    /** A page of a plan's members; {@code nameContains} may be empty; {@code unexpiredOnly} keeps 未到期 members. */
    Page<Member> list(String enrollmentId, String planCode, String nameContains, boolean unexpiredOnly, String cursor,
            int limit);

    /** Writes the member; returns the member it replaced (the same person), if there was one. */
    Optional<Member> put(Member member);

    /**
     * Writes members' new 减员 state, each only while the stored member's is still its current one (none, or the same
     * 减员), the writes in parallel. Returns the currents whose write was refused: another request changed them first,
     * or they are gone.
     */
    List<Member> changeRemovals(java.util.Map<Member, Member> currentToUpdated);

    /** Every membership of these person keys in any enrollment and plan, through the keyed hash; the keys read at once. */
    List<Member> memberships(Collection<String> personKeys);

    /** A plan of an enrollment, as a search over several names it. */
    record PlanRef(String enrollmentId, String planCode) {
    }

    /** Members whose name contains the text, up to {@code perPlan} in each of these plans; the plans read at once. */
    List<Member> named(List<PlanRef> plans, String nameContains, int perPlan);

    /** Writes the member only when the person is not in the plan yet; false when they are. */
    boolean insert(Member member);

    /** Removes a member; returns what was removed, or empty when there was nothing to remove. */
    Optional<Member> remove(String enrollmentId, String planCode, String personKey);

    void deleteAll(String enrollmentId, String planCode);

    /** Hands every member of a plan to {@code each}, a page at a time. */
    void forEach(String enrollmentId, String planCode, Consumer<Member> each);

    /** Counts the plan's members by reading them all: the truth. */
    MemberStats count(String enrollmentId, String planCode);
}
