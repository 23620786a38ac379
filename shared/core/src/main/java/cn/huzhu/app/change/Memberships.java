package cn.huzhu.app.change;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;

/** A change during the term concerns a person in every plan of the business they are in: found in one read per plan. */
final class Memberships {
    private Memberships() {
    }

    /** The people's members in each plan of the enrollment; refused when one of them is in none. */
    static Map<EnrollmentPlan, List<Member>> of(MemberStore members, Enrollment e, Collection<String> keys) {
        Map<EnrollmentPlan, List<Member>> found = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EnrollmentPlan row : e.plans()) {
            List<Member> inPlan = members.findAll(e.id(), row.code(), keys);
            inPlan.forEach(m -> seen.add(m.key()));
            found.put(row, inPlan);
        }
        if (!seen.containsAll(keys)) {
            throw DomainException.notFound("MEMBER_NOT_FOUND", "所选人员不在本参保单中");
        }
        return found;
    }
}
