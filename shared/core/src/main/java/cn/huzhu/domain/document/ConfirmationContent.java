package cn.huzhu.domain.document;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Confirmation;
import cn.huzhu.domain.enrollment.CoveragePeriod;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberCover;
import cn.huzhu.domain.identity.Masking;
import cn.huzhu.domain.money.ChineseAmount;
import cn.huzhu.domain.money.Money;

/**
 * What a 确认书 says: its number and dates, the unit, each plan with shares, persons, 应交会费 and its cover (0时 of the
 * first day to 24时 of the last), and the member list with masked ID numbers and no birth dates, members of a plan by
 * name; plus what verifies it (查验码 and the 查验 address).
 */
/**
 * @param persons 参保人次: each plan's persons added up, 无名单 included (a person in two plans counts twice)
 * @param anonymous of those, the ones counted without names (无名单)
 * @param people the named people, each once however many plans they are in; {@code members} has a line per person
 *     and plan
 * @param originNumber a 批单's 原确认书号 (the 原参保单's 确认书号); null on any other 确认书
 */
public record ConfirmationContent(String title, String number, String applicationNo, String unitName, String orgName,
        LocalDate confirmedOn, LocalDate effectiveOn, List<Plan> plans, int persons, int anonymous, int people,
        Money total, String totalInWords, List<MemberLine> members, String payee, String checkCode,
        String verificationUrl, String originNumber) {

    public ConfirmationContent(String title, String number, String applicationNo, String unitName, String orgName,
            LocalDate confirmedOn, LocalDate effectiveOn, List<Plan> plans, int persons, int anonymous, int people,
            Money total, String totalInWords, List<MemberLine> members, String payee, String checkCode,
            String verificationUrl) {
        this(title, number, applicationNo, unitName, orgName, confirmedOn, effectiveOn, plans, persons, anonymous, people,
                total, totalInWords, members, payee, checkCode, verificationUrl, null);
    }

    public static final String TITLE = "职工互助保障活动参保确认书";
    /** A 增员's 确认书: the 变更确认书 (批单), numbered and checked like a 确认书. */
    public static final String ADDITION_TITLE = "职工互助保障活动变更确认书（批单）";

    /** @param anonymous of the persons, those counted without names (无名单) */
    public record Plan(String code, String activity, String plan, int shares, int persons, int anonymous, Money payable,
            LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * One member: the ID number masked, and the member's own cover (later for one still covered before; ended by
     * death); {@code waitingUntil} the 观察期's last day, null where none applies.
     */
    public record MemberLine(int number, String plan, String name, String idType, String idNumber, String gender,
            String occupation, LocalDate startsOn, LocalDate endsOn, LocalDate waitingUntil) {
    }

    public ConfirmationContent {
        plans = List.copyOf(plans);
        members = List.copyOf(members);
    }

    /**
     * What the 查验码 is computed from; the same whatever prints it.
     *
     * @param persons 参保人次, 无名单 included
     * @param checkKeyId the receipt key the 查验码 is made with, fixed when the 确认书 was numbered
     */
    public record Facts(String number, String unitName, int persons, LocalDate confirmedOn, LocalDate effectiveOn,
            String checkKeyId) {
        public static Facts of(Enrollment e) {
            Confirmation c = e.settlement().confirmation();
            return new Facts(c.number(), e.unitName(), e.plans().stream().mapToInt(EnrollmentPlan::persons).sum(),
                    c.confirmedOn(), c.effectiveOn(), c.checkKeyId());
        }
    }

    /**
     * @param membersByPlan the stored members of each plan
     * @param checkCode the 查验码 of {@link Facts#of}; verificationUrl the 查验 address it leads to
     */
    public static ConfirmationContent of(Enrollment e, String orgName, Map<String, List<Member>> membersByPlan,
            String checkCode, String verificationUrl, String payee, String originNumber) {
        Confirmation c = e.settlement().confirmation();
        List<Plan> plans = new ArrayList<>();
        List<MemberLine> members = new ArrayList<>();
        // names compare in pinyin order through their collation keys, made once per name: comparing with the collator
        // itself normalises both names again at each of the 130,000 comparisons a 10,000-member sort makes
        Collator collator = Collator.getInstance(Locale.CHINA);
        Map<String, CollationKey> sortKeys = new HashMap<>();
        Comparator<Member> byName = Comparator.comparing((Member m) -> sortKeys.computeIfAbsent(m.person().name(),
                collator::getCollationKey));
        for (EnrollmentPlan row : e.plans()) {
            plans.add(new Plan(row.code(), row.chosen().activityName(), row.plan().name(), row.shares(), row.persons(),
                    row.anonymousCount(), row.fees().payable(), c.effectiveOn(), row.coverEnd(c.effectiveOn())));
            List<Member> named = new ArrayList<>(membersByPlan.getOrDefault(row.code(), List.of()));
            named.removeIf(m -> m.removal() != null);
            named.sort(byName.thenComparing(Member::key));
            for (Member m : named) {
                MemberCover cover = MemberCover.of(m, c.effectiveOn(), row);
                members.add(new MemberLine(members.size() + 1, row.plan().name(), m.person().name(),
                        m.person().idType().label(), Masking.idNumber(m.person().idNumber()), m.person().gender().label(),
                        m.person().occupation().label(), cover.startsOn(), cover.endsOn(), cover.waitingLastDay()));
            }
        }
        Money total = e.fees().payable();
        Facts facts = Facts.of(e);
        int anonymous = e.plans().stream().mapToInt(EnrollmentPlan::anonymousCount).sum();
        int people = (int) membersByPlan.values().stream().flatMap(List::stream).filter(m -> m.removal() == null)
                .map(Member::key).distinct().count();
        String title = e.businessType() == BusinessType.ADDITION ? ADDITION_TITLE : TITLE;
        return new ConfirmationContent(title, c.number(), e.applicationNo(), e.unitName(), orgName, c.confirmedOn(),
                c.effectiveOn(), plans, facts.persons(), anonymous, people, total, ChineseAmount.of(total), members, payee,
                checkCode, verificationUrl, originNumber);
    }
}
