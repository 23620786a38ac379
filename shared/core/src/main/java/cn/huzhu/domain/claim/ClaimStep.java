package cn.huzhu.domain.claim;

import java.time.Instant;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.money.Money;

/**
 * One step of a claim's history: who, when, from which state to which, why, and the amount where one was set. {@code
 * internal} steps (a handler's note) are the office's only; the unit sees the rest.
 */
public record ClaimStep(Instant at, String actor, Role role, ClaimState from, ClaimState to, String action, String reason,
        Money amount, boolean internal) {
}
