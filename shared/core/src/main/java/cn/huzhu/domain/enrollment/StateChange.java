package cn.huzhu.domain.enrollment;

import java.time.Instant;

import cn.huzhu.domain.account.Role;

/** One entry of an enrollment's history: who moved it, when, from where to where, and why. */
public record StateChange(Instant at, String actor, Role actorRole, EnrollmentState from, EnrollmentState to,
        EnrollmentAction action, String reason) {
}
