package cn.huzhu.app.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.huzhu.api.Log;
import cn.huzhu.app.Parallel;
import cn.huzhu.app.port.ClaimStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.common.DomainException;

/**
 * The daily run that closes claims left 退回补正 longer than the settings' days as 拒付 (材料不全), mailing the unit. A
 * claim the unit answers meanwhile, or that another run closed, is left alone (its versioned write is refused).
 */
public final class UnansweredReturns {
    private static final Log LOG = Log.of(UnansweredReturns.class);
    /** Claims closed and mailed at once. */
    private static final int CLOSING_AT_ONCE = 8;

    private final ClaimStore claims;
    private final SettingsStore settings;
    private final UnitNotifier notifier;
    private final Clock clock;

    public record Run(int looked, int closed) {
    }

    public UnansweredReturns(ClaimStore claims, SettingsStore settings, UnitNotifier notifier, Clock clock) {
        this.claims = claims;
        this.settings = settings;
        this.notifier = notifier;
        this.clock = clock;
    }

    public Run run(String orgCode) {
        int days = settings.get(orgCode).claims().returnCloseDays();
        Instant now = clock.instant();
        List<Claim> due = new ArrayList<>();
        int looked = 0;
        String cursor = null;
        do {
            Page<Claim> page = claims.forOrg(orgCode, ClaimState.RETURNED, cursor, 100);
            for (Claim c : page.items()) {
                looked++;
                if (c.unansweredLongerThan(now, days)) {
                    due.add(c);
                }
            }
            cursor = page.next();
        } while (cursor != null);
        List<Boolean> closing = Parallel.all(due.stream().<Callable<Boolean>>map(c -> Log.carried(() -> close(c, now, days)))
                .toList(), CLOSING_AT_ONCE);
        int closed = (int) closing.stream().filter(Boolean::booleanValue).count();
        LOG.info("unanswered returns closed", "orgCode", orgCode, "looked", looked, "closed", closed);
        return new Run(looked, closed);
    }

    /** False when the claim changed since it was read: the unit answered, or another run closed it. */
    private boolean close(Claim claim, Instant now, int days) {
        try {
            claim.closeUnanswered(now, days);
            claims.update(claim);
        } catch (DomainException changedMeanwhile) {
            LOG.info("claim changed before it was closed", "claimId", claim.id());
            return false;
        }
        notifier.claimNews(claim, "CLAIM_REFUSED");
        return true;
    }
}
