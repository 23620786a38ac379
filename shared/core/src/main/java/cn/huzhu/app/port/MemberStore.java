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
     * Writes a member's new 减员 state only when the stored member's is still {@code current}'s (none, or the same
     * 减员): false when another request changed it first, or the member is gone.
     */
    boolean changeRemoval(Member current, Member updated);

    /** Every membership of a person (by person key) in any enrollment and plan, through the keyed hash. */
    List<Member> memberships(String personKey);

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
