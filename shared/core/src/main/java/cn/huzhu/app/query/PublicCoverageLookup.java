package cn.huzhu.app.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import cn.huzhu.api.Log;
import cn.huzhu.app.auth.CaptchaCheck;
import cn.huzhu.app.port.LookupLog;
import cn.huzhu.app.port.RateLimiter;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.MemberCover;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.identity.ResidentIdNumber;
import cn.huzhu.domain.identity.TextNormalizer;

/**
 * 参保查询 for members without an account: 姓名 + 证件号码 + captcha show that person's cover of the last 12 months with
 * the unit's name, and nothing else. A wrong name for a known number answers exactly like an unknown number; lookups
 * are limited per address and per person, and every one is recorded (address and person as keyed hashes).
 */
public final class PublicCoverageLookup {
    private static final Log LOG = Log.of(PublicCoverageLookup.class);

    private final CoverageQueries queries;
    private final CaptchaCheck captcha;
    private final RateLimiter limiter;
    private final LookupLog log;
    private final SettingsStore settings;
    private final PersonKeys keys;
    private final String orgCode;
    private final Clock clock;

    public record Request(String name, String idNumber, String captchaId, String captchaAnswer) {
    }

    /** One cover as the member sees it: no ID number, amounts or anything of anyone else. */
    public record Cover(String unitName, String activity, String plan, LocalDate startsOn, LocalDate endsOn,
            String status, LocalDate waitingUntil) {
    }

    /** {@code covers} is empty both for an unknown person and for a name that does not match the number. */
    public record Answer(String message, List<Cover> covers) {
    }

    public PublicCoverageLookup(CoverageQueries queries, CaptchaCheck captcha, RateLimiter limiter, LookupLog log,
            SettingsStore settings, PersonKeys keys, String orgCode, Clock clock) {
        this.queries = queries;
        this.captcha = captcha;
        this.limiter = limiter;
        this.log = log;
        this.settings = settings;
        this.keys = keys;
        this.orgCode = orgCode;
        this.clock = clock;
    }

    public Answer lookup(Request request, String sourceAddress) {
        Instant now = clock.instant();
        String address = keys.callerKey(sourceAddress);
        String name = TextNormalizer.halfWidthWithoutSpaces(request == null ? null : request.name());
        String number = ResidentIdNumber.normalize(request == null || request.idNumber() == null ? "" : request.idNumber());
        String person = number.isEmpty() ? "" : keys.of(IdDocumentType.RESIDENT_ID, number);
        int perHour = settings.get(orgCode).changes().lookupsPerHour();
        if (!limiter.allow("lookup-address", address, perHour, ChronoUnit.HOURS)
                || !person.isEmpty() && !limiter.allow("lookup-person", person, perHour, ChronoUnit.HOURS)) {
            record(now, address, person, "超过次数");
            throw DomainException.tooMany("LOOKUP_RATE_LIMITED", "查询过于频繁，请1小时后再试");
        }
        try {
            captcha.require(request == null ? null : request.captchaId(), request == null ? null : request.captchaAnswer(), now);
        } catch (DomainException wrong) {
            record(now, address, person, "验证码错误");
            throw wrong;
        }
        if (name.isEmpty() || number.isEmpty()) {
            throw DomainException.invalid("LOOKUP_INCOMPLETE", "请输入姓名和证件号码");
        }
        List<Cover> covers = covers(name, number);
        record(now, address, person, covers.isEmpty() ? "未查到" : "已查到");
        return new Answer(covers.isEmpty() ? "未查询到近" + MemberCover.PUBLIC_LOOKBACK_MONTHS + "个月内的参保信息。如有疑问，请联系参保单位或办事处。"
                : "查询到以下参保信息", covers);
    }

    private List<Cover> covers(String name, String number) {
        LocalDate today = BusinessDay.today(clock);
        List<CoverageRow> rows = queries.coverage(keys.candidates(number), e -> e.orgCode().equals(orgCode),
                m -> TextNormalizer.halfWidthWithoutSpaces(m.person().name()).equals(name));
        return rows.stream().filter(row -> MemberCover.shownPublicly(row.endsOn(), today))
                .sorted(Comparator.comparing(CoverageRow::startsOn).reversed())
                .map(row -> new Cover(row.unitName(), row.activity(), row.plan(), row.startsOn(), row.endsOn(),
                        row.status(), row.waitingUntil()))
                .toList();
    }

    private void record(Instant at, String address, String person, String outcome) {
        log.record(new LookupLog.Lookup(at, address, person, outcome));
        LOG.info("public coverage lookup", "outcome", outcome);
    }
}
