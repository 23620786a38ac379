package cn.huzhu.app.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import cn.huzhu.api.Log;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.IdempotencyStore;
import cn.huzhu.app.port.MailLog;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.settings.Settings;

/**
 * 续保提醒, run daily: the unit of every confirmed enrollment whose cover ends within a threshold of the settings (60,
 * 30, 7 days) is mailed once for that threshold, unless a renewal of it has been submitted. Running it twice on one day,
 * or on two containers at once, sends nothing twice; each mail is logged with its delivery and can be resent.
 */
public final class RenewalReminders {
    private static final Log LOG = Log.of(RenewalReminders.class);
    private static final int PAGE = 200;
    private static final Set<EnrollmentState> RENEWAL_SUBMITTED = Set.of(EnrollmentState.SUBMITTED,
            EnrollmentState.APPROVED, EnrollmentState.AWAITING_PAYMENT, EnrollmentState.CONFIRMED);

    private final EnrollmentStore enrollments;
    private final SettingsStore settings;
    private final UnitNotifier notifier;
    private final IdempotencyStore once;
    private final Clock clock;

    /** What one run did. */
    public record Run(LocalDate on, int looked, int sent, int failed) {
    }

    public RenewalReminders(EnrollmentStore enrollments, SettingsStore settings, UnitNotifier notifier,
            IdempotencyStore once, Clock clock) {
        this.enrollments = enrollments;
        this.settings = settings;
        this.notifier = notifier;
        this.once = once;
        this.clock = clock;
    }

    public Run run(String orgCode) {
        LocalDate today = BusinessDay.today(clock);
        Settings.Renewals rules = settings.get(orgCode).renewals();
        int looked = 0;
        int sent = 0;
        int failed = 0;
        String cursor = null;
        do {
            Page<Enrollment> page = enrollments.inStates(new EnrollmentStore.QueueQuery(orgCode,
                    Set.of(EnrollmentState.CONFIRMED), false, null, null, null, cursor, PAGE));
            for (Enrollment e : page.items()) {
                looked++;
                Optional<MailLog.Entry> mail = remind(e, rules, today);
                if (mail.isPresent()) {
                    sent += mail.get().status() == MailLog.Status.SENT ? 1 : 0;
                    failed += mail.get().status() == MailLog.Status.SENT ? 0 : 1;
                }
            }
            cursor = page.next();
        } while (cursor != null);
        LOG.info("renewal reminders", "orgCode", orgCode, "looked", looked, "sent", sent, "failed", failed);
        return new Run(today, looked, sent, failed);
    }

    private Optional<MailLog.Entry> remind(Enrollment e, Settings.Renewals rules, LocalDate today) {
        Optional<LocalDate> ends = e.coverEnds();
        if (ends.isEmpty() || e.settlement().confirmation().number() == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(today, ends.get());
        Optional<Integer> threshold = rules.reminderFor(days);
        if (threshold.isEmpty() || renewalSubmitted(e)) {
            return Optional.empty();
        }
        String key = "renewal-reminder:" + e.id() + ":" + threshold.get();
        IdempotencyStore.Claimed claimed = once.claim(key, Duration.ofMinutes(10));
        if (claimed.state() != IdempotencyStore.Claim.ACQUIRED) {
            return Optional.empty();
        }
        try {
            MailLog.Entry mail = notifier.renewalReminder(e, ends.get(), days, threshold.get());
            claimed.held().complete();
            return Optional.of(mail);
        } catch (RuntimeException failure) {
            claimed.held().release();
            throw failure;
        }
    }

    private boolean renewalSubmitted(Enrollment e) {
        return renewalSubmitted(enrollments, e);
    }

    /** Whether a renewal of this confirmed enrollment has been submitted (whatever became of it since). */
    public static boolean renewalSubmitted(EnrollmentStore enrollments, Enrollment e) {
        return enrollments.renewalOf(e.id()).flatMap(enrollments::find)
                .map(renewal -> RENEWAL_SUBMITTED.contains(renewal.state())).orElse(false);
    }
}
