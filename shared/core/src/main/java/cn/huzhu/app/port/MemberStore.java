package cn.huzhu.app.port;

import java.util.Collection;
import java.util.Optional;

import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;

public interface MemberStore {
    /** Inserts or replaces (same person, same plan: one member). Writes in batches. */
    void putAll(Collection<Member> members);

    Optional<Member> find(String enrollmentId, String planCode, String personKey);

    /**
     * A page of a plan's members; {@code query} matches a name part or a whole ID number; {@code unexpiredOnly} keeps
     * 未到期 members.
     */
    Page<Member> list(String enrollmentId, String planCode, String query, boolean unexpiredOnly, String cursor, int limit);

    void delete(String enrollmentId, String planCode, String personKey);

    void deleteAll(String enrollmentId, String planCode);

    /** Counts the plan's members by reading them all: the truth after an import. */
    MemberStats count(String enrollmentId, String planCode);
}
