package cn.huzhu.domain.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.huzhu.domain.claim.ClaimKind;
import cn.huzhu.domain.claim.ClaimRules;
import cn.huzhu.domain.claim.WorkCalendar;
import cn.huzhu.domain.claim.WorkingDays;
import cn.huzhu.domain.common.Checks;

/**
 * What the office configures for its org: the payee, the payment window, contacts, numbering and limits. Every number
 * a rule uses that is not catalog data lives here.
 */
public record Settings(Org org, Payee payee, PaymentWindow paymentWindow, List<ContactLine> contacts,
        List<ContactLine> districtOffices, Numbering numbering, Limits limits, Receipts receipts, Renewals renewals,
        Arrivals arrivals, Changes changes, Claims claims) {

    /** The form without the 申领处理 settings (the defaults then apply). */
    public Settings(Org org, Payee payee, PaymentWindow paymentWindow, List<ContactLine> contacts,
            List<ContactLine> districtOffices, Numbering numbering, Limits limits, Receipts receipts, Renewals renewals,
            Arrivals arrivals, Changes changes) {
        this(org, payee, paymentWindow, contacts, districtOffices, numbering, limits, receipts, renewals, arrivals, changes,
                null);
    }

    /**
     * 申领处理: 时效 in calendar years from the event; how many days after an accident its 身故 or 伤残 is still covered;
     * how many working days in hand make a claim 超时; the 伤残 ratios in percent, 1级 first (ten of them); and how many
     * days a claim sent back for 补正 waits before it is closed as 拒付 (材料不全).
     */
    public record Claims(int deadlineYears, int outcomeDays, int overdueWorkingDays, List<BigDecimal> gradePercents,
            int returnCloseDays, java.util.Map<ClaimKind, List<String>> documents, List<LocalDate> holidays,
            List<LocalDate> workdays) {
        public static final int DEFAULT_RETURN_CLOSE_DAYS = 60;
        public static final Claims DEFAULT = new Claims(ClaimRules.DEFAULT.deadlineYears(), ClaimRules.DEFAULT.outcomeDays(),
                WorkingDays.OVERDUE_AFTER, ClaimRules.DEFAULT.gradePercents(), DEFAULT_RETURN_CLOSE_DAYS, null, null, null);

        public Claims(int deadlineYears, int outcomeDays, int overdueWorkingDays, List<BigDecimal> gradePercents,
                int returnCloseDays) {
            this(deadlineYears, outcomeDays, overdueWorkingDays, gradePercents, returnCloseDays, null, null, null);
        }

        public Claims(int deadlineYears, int outcomeDays, int overdueWorkingDays, List<BigDecimal> gradePercents,
                int returnCloseDays, java.util.Map<ClaimKind, List<String>> documents) {
            this(deadlineYears, outcomeDays, overdueWorkingDays, gradePercents, returnCloseDays, documents, null, null);
        }

        public Claims {
            holidays = holidays == null ? List.of() : holidays.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
            workdays = workdays == null ? List.of() : workdays.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
            java.util.Map<ClaimKind, List<String>> lists = new java.util.EnumMap<>(ClaimKind.class);
            for (ClaimKind kind : ClaimKind.values()) {
                List<String> typed = documents == null ? null : documents.get(kind);
                lists.put(kind, typed == null ? kind.requiredDocuments() : typed.stream().filter(d -> d != null && !d.isBlank())
                        .map(String::trim).distinct().toList());
            }
            documents = java.util.Collections.unmodifiableMap(lists);
            returnCloseDays = returnCloseDays == 0 ? DEFAULT_RETURN_CLOSE_DAYS : returnCloseDays;
            deadlineYears = deadlineYears == 0 ? ClaimRules.DEFAULT.deadlineYears() : deadlineYears;
            outcomeDays = outcomeDays == 0 ? ClaimRules.DEFAULT.outcomeDays() : outcomeDays;
            overdueWorkingDays = overdueWorkingDays == 0 ? WorkingDays.OVERDUE_AFTER : overdueWorkingDays;
            gradePercents = gradePercents == null || gradePercents.isEmpty() ? ClaimRules.DEFAULT.gradePercents()
                    : List.copyOf(gradePercents);
        }

        /** The working days 超时 is counted in: weekdays, less the listed holidays, plus the listed 调休 workdays. */
        public WorkCalendar calendar() {
            return new WorkCalendar(java.util.Set.copyOf(holidays), java.util.Set.copyOf(workdays));
        }

        /** The documents a claim of this kind needs, each at least once. */
        public List<String> documentsFor(ClaimKind kind) {
            return documents.get(kind);
        }

        /** The rules claims are judged by. */
        public ClaimRules rules() {
            return new ClaimRules(deadlineYears, outcomeDays, gradePercents);
        }

        /** Ten ratios, each above 0 and at most 100, none above the grade before it. */
        boolean gradesValid() {
            if (gradePercents.size() != 10) {
                return false;
            }
            for (int i = 0; i < 10; i++) {
                BigDecimal g = gradePercents.get(i);
                if (g == null || g.signum() <= 0 || g.compareTo(BigDecimal.valueOf(100)) > 0
                        || i > 0 && g.compareTo(gradePercents.get(i - 1)) > 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The form without the 变更管理 settings (the defaults then apply). */
    public Settings(Org org, Payee payee, PaymentWindow paymentWindow, List<ContactLine> contacts,
            List<ContactLine> districtOffices, Numbering numbering, Limits limits, Receipts receipts, Renewals renewals,
            Arrivals arrivals) {
        this(org, payee, paymentWindow, contacts, districtOffices, numbering, limits, receipts, renewals, arrivals, null, null);
    }

    /** The form without the 到账核对 settings (the defaults then apply). */
    public Settings(Org org, Payee payee, PaymentWindow paymentWindow, List<ContactLine> contacts,
            List<ContactLine> districtOffices, Numbering numbering, Limits limits, Receipts receipts, Renewals renewals) {
        this(org, payee, paymentWindow, contacts, districtOffices, numbering, limits, receipts, renewals, null, null, null);
    }

    /** The earlier form, without the renewal settings (the defaults then apply). */
    public Settings(Org org, Payee payee, PaymentWindow paymentWindow, List<ContactLine> contacts,
            List<ContactLine> districtOffices, Numbering numbering, Limits limits, Receipts receipts) {
        this(org, payee, paymentWindow, contacts, districtOffices, numbering, limits, receipts, null, null, null, null);
    }

    /**
     * 变更管理 and 信息查询: {@code continuityGapDays}, the most days without cover between an earlier cover of the same
     * activity type and a new one for the new one's 观察期 to be waived; {@code lookupsPerHour}, how many 参保查询 one
     * address, and one person, may make an hour on the public page; for 增员, {@code anyoneDays} after the 原参保单's
     * 生效日期 anyone may be added, later only people hired within {@code newHireDays}, and only while at least
     * {@code minRemainingDays} of its term remain (0: the defaults, for settings stored before these existed).
     */
    public record Changes(int continuityGapDays, int lookupsPerHour, int anyoneDays, int newHireDays, int minRemainingDays) {
        public static final Changes DEFAULT = new Changes(30, 20, 10, 60, 30);

        public Changes {
            anyoneDays = anyoneDays == 0 ? DEFAULT_ANYONE_DAYS : anyoneDays;
            newHireDays = newHireDays == 0 ? DEFAULT_NEW_HIRE_DAYS : newHireDays;
            minRemainingDays = minRemainingDays == 0 ? DEFAULT_MIN_REMAINING_DAYS : minRemainingDays;
        }

        public Changes(int continuityGapDays, int lookupsPerHour) {
            this(continuityGapDays, lookupsPerHour, 0, 0, 0);
        }

        /** 增员's windows as these settings give them. */
        public cn.huzhu.domain.change.AdditionWindows additionWindows() {
            return new cn.huzhu.domain.change.AdditionWindows(anyoneDays, newHireDays, minRemainingDays);
        }

        private static final int DEFAULT_ANYONE_DAYS = 10;
        private static final int DEFAULT_NEW_HIRE_DAYS = 60;
        private static final int DEFAULT_MIN_REMAINING_DAYS = 30;
    }

    /**
     * 到账核对: with {@code autoConfirm} on, a statement's 自动匹配 lines (a valid code and the exact due) are confirmed
     * without a click; off by default, so every confirmation is a person's. {@code collectionAccounts}: the office's
     * accounts whose statements are accepted (none listed: the payee's account of the notices).
     */
    public record Arrivals(boolean autoConfirm, List<String> collectionAccounts) {
        public static final Arrivals DEFAULT = new Arrivals(false, List.of());

        public Arrivals {
            collectionAccounts = collectionAccounts == null ? List.of()
                    : collectionAccounts.stream().map(a -> a == null ? "" : a.replaceAll("\\s", "")).filter(a -> !a.isEmpty())
                            .distinct().toList();
        }

        /** The office's collection accounts a statement may be of: those listed, or else the payee's. */
        public List<String> accounts(Payee payee) {
            return collectionAccounts.isEmpty() ? List.of(payee.accountNo()) : collectionAccounts;
        }
    }

    /**
     * 续保: a renewal started while every member is covered for more than {@code earlyWarningDays} more days is
     * confirmed by the unit first (its members would all come out 未到期); {@code reminderDays}: how many days before a
     * confirmed enrollment's cover ends its unit is reminded, once each (60, 30 and 7 unless set).
     */
    public record Renewals(int earlyWarningDays, List<Integer> reminderDays) {
        public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(60, 30, 7);
        public static final Renewals DEFAULT = new Renewals(60);

        public Renewals(int earlyWarningDays) {
            this(earlyWarningDays, null);
        }

        public Renewals {
            reminderDays = reminderDays == null ? DEFAULT_REMINDER_DAYS
                    : reminderDays.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList();
        }

        /** The reminder due when cover ends in {@code days}: the nearest threshold not below it, if any. */
        public java.util.Optional<Integer> reminderFor(long days) {
            return days < 0 ? java.util.Optional.empty()
                    : reminderDays.stream().filter(threshold -> days <= threshold).min(Integer::compare);
        }
    }

    public Settings withReceipts(Receipts changed) {
        return new Settings(org, payee, paymentWindow, contacts, districtOffices, numbering, limits, changed, renewals,
                arrivals, changes, claims);
    }

    /** 机构: e.g. 1503 青岛, path 中华全国总工会->中国职工保险互助会->青岛. */
    public record Org(String code, String name, String path) {
    }

    public record Payee(String accountName, String accountNo, String bank, String bankCode, String methods) {
    }

    /** Payments on days 1..lastConfirmedDay are confirmed that month; later ones early next month. */
    public record PaymentWindow(int lastConfirmedDay) {
        /** The month in which a payment that arrived on this day is confirmed. */
        public YearMonth confirmedIn(LocalDate arrived) {
            YearMonth month = YearMonth.from(arrived);
            return arrived.getDayOfMonth() <= lastConfirmedDay ? month : month.plusMonths(1);
        }

        /** The rule as the payment notice and finance's page print it. */
        public String rule() {
            return "每月1日至" + lastConfirmedDay + "日到账的款项当月确认；" + (lastConfirmedDay + 1) + "日及以后到账的，次月初确认";
        }
    }

    public record ContactLine(String label, String phones) {
    }

    /**
     * The electronic receipts: the first six digits of the 8-digit 票据代码 (region, class and kind, as the finance
     * bureau assigned them; the year's two digits follow), who is printed as 开票人 and 复核人, and how many 查验 requests
     * one address may make a minute.
     */
    public record Receipts(String codePrefix, String drawer, String reviewer, int verificationsPerMinute) {
        public static final Receipts DEFAULT = new Receipts("370501", "开票员", "复核员", 10);

        public Receipts {
            verificationsPerMinute = verificationsPerMinute == 0 ? DEFAULT.verificationsPerMinute : verificationsPerMinute;
            drawer = drawer == null ? DEFAULT.drawer : drawer;
        }

        /** 票据代码 of receipts issued in a year: the prefix and the year's last two digits. */
        public String code(int year) {
            return codePrefix + String.format("%02d", year % 100);
        }
    }

    public record Numbering(String applicationPrefix, String invoiceBatchPrefix, String confirmationPrefix) {
    }

    /**
     * @param rosterCellMaxChars no cell of a roster is longer; a file with a longer one is not a roster (and would cost
     *     unbounded work), so it is refused whole
     * @param invoicesPerBusiness how many invoices (开票信息) one business may hold; its item keeps a short reference
     *     to each, which {@link #INVOICES_PER_BUSINESS_MAX} keeps within DynamoDB's 400 KB
     */
    public record Limits(long rosterMaxBytes, int rosterMaxRows, int rosterCellMaxChars, long attachmentMaxBytes,
            int loginMaxAttempts, int lockMinutes, int invoicesPerBusiness) {
        public static final int DEFAULT_CELL_MAX_CHARS = 1000;
        public static final int DEFAULT_INVOICES_PER_BUSINESS = 1000;
        public static final int INVOICES_PER_BUSINESS_MAX = 1500;

        public Limits {
            rosterCellMaxChars = rosterCellMaxChars == 0 ? DEFAULT_CELL_MAX_CHARS : rosterCellMaxChars;
            invoicesPerBusiness = invoicesPerBusiness == 0 ? DEFAULT_INVOICES_PER_BUSINESS : invoicesPerBusiness;
        }
    }

    public Settings {
        receipts = receipts == null ? Receipts.DEFAULT : receipts;
        renewals = renewals == null ? Renewals.DEFAULT : renewals;
        arrivals = arrivals == null ? Arrivals.DEFAULT : arrivals;
        changes = changes == null ? Changes.DEFAULT : changes;
        claims = claims == null ? Claims.DEFAULT : claims;
        contacts = List.copyOf(contacts);
        districtOffices = List.copyOf(districtOffices);
        Checks checks = new Checks();
        checks.require(org != null && !Checks.blank(org.code()) && !Checks.blank(org.name()), "org", "机构编码和名称不能为空");
        checks.require(payee != null && !Checks.blank(payee.accountName()), "payee.accountName", "收款账户名称不能为空");
        checks.require(payee != null && payee.accountNo() != null && payee.accountNo().matches("\\d{6,32}"),
                "payee.accountNo", "收款账号应为6到32位数字");
        checks.require(payee != null && !Checks.blank(payee.bank()), "payee.bank", "收款银行不能为空");
        checks.require(payee != null && payee.bankCode() != null && payee.bankCode().matches("\\d{12}"),
                "payee.bankCode", "行号应为12位数字");
        checks.require(paymentWindow != null && paymentWindow.lastConfirmedDay() >= 1
                && paymentWindow.lastConfirmedDay() <= 28, "paymentWindow.lastConfirmedDay", "当月确认的最后一天应在1到28日之间");
        checks.require(numbering != null && prefix(numbering.applicationPrefix()) && prefix(numbering.invoiceBatchPrefix())
                && prefix(numbering.confirmationPrefix()), "numbering", "编号前缀应为1到5位大写字母");
        checks.require(limits != null && limits.rosterMaxBytes() >= 1024 && limits.rosterMaxBytes() <= 100L * 1024 * 1024,
                "limits.rosterMaxBytes", "人员清单文件大小上限应在1KB到100MB之间");
        checks.require(limits != null && limits.rosterMaxRows() >= 1 && limits.rosterMaxRows() <= 1_000_000,
                "limits.rosterMaxRows", "人员清单行数上限应在1到1000000之间");
        checks.require(limits != null && limits.rosterCellMaxChars() >= 100 && limits.rosterCellMaxChars() <= 32767,
                "limits.rosterCellMaxChars", "人员清单单元格字数上限应在100到32767之间");
        checks.require(limits != null && limits.attachmentMaxBytes() >= 1024
                && limits.attachmentMaxBytes() <= 50L * 1024 * 1024, "limits.attachmentMaxBytes", "附件大小上限应在1KB到50MB之间");
        checks.require(limits != null && limits.loginMaxAttempts() >= 3 && limits.loginMaxAttempts() <= 20,
                "limits.loginMaxAttempts", "连续登录失败次数上限应在3到20之间");
        checks.require(limits != null && limits.lockMinutes() >= 1 && limits.lockMinutes() <= 1440,
                "limits.lockMinutes", "锁定时长应在1到1440分钟之间");
        checks.require(limits != null && limits.invoicesPerBusiness() >= 1
                && limits.invoicesPerBusiness() <= Limits.INVOICES_PER_BUSINESS_MAX, "limits.invoicesPerBusiness",
                "每笔业务开票信息上限应在1到" + Limits.INVOICES_PER_BUSINESS_MAX + "之间");
        checks.require(receipts.codePrefix() != null && receipts.codePrefix().matches("\\d{6}"), "receipts.codePrefix",
                "票据代码前6位应为6位数字（地区、分类、种类）");
        checks.require(person(receipts.drawer()), "receipts.drawer", "开票人不能为空且不超过20个字");
        checks.require(person(receipts.reviewer()), "receipts.reviewer", "复核人不能为空且不超过20个字");
        checks.require(receipts.verificationsPerMinute() >= 1 && receipts.verificationsPerMinute() <= 1000,
                "receipts.verificationsPerMinute", "每分钟查验次数上限应在1到1000之间");
        checks.require(renewals.earlyWarningDays() >= 0 && renewals.earlyWarningDays() <= 366,
                "renewals.earlyWarningDays", "提前续保提示天数应在0到366之间");
        checks.require(!renewals.reminderDays().isEmpty() && renewals.reminderDays().size() <= 5
                && renewals.reminderDays().stream().allMatch(days -> days != null && days >= 1 && days <= 366),
                "renewals.reminderDays", "续保提醒天数应为1到5个1至366之间的天数");
        checks.require(arrivals.collectionAccounts().size() <= 10
                && arrivals.collectionAccounts().stream().allMatch(a -> a.matches("\\d{6,32}")),
                "arrivals.collectionAccounts", "收款账号应为6到32位数字，最多10个");
        checks.require(changes.continuityGapDays() >= 0 && changes.continuityGapDays() <= 366,
                "changes.continuityGapDays", "连续参保间隔天数应在0到366之间");
        checks.require(changes.lookupsPerHour() >= 1 && changes.lookupsPerHour() <= 1000,
                "changes.lookupsPerHour", "参保查询每小时次数上限应在1到1000之间");
        checks.require(changes.anyoneDays() >= 1 && changes.anyoneDays() <= 366, "changes.anyoneDays",
                "生效后可任意增员的天数应在1到366之间");
        checks.require(changes.newHireDays() >= 1 && changes.newHireDays() <= 366, "changes.newHireDays",
                "新入职人员增员期限应在1到366天之间");
        checks.require(changes.minRemainingDays() >= 1 && changes.minRemainingDays() <= 366, "changes.minRemainingDays",
                "增员须剩余的保障天数应在1到366之间");
        checks.require(claims.deadlineYears() >= 1 && claims.deadlineYears() <= 10, "claims.deadlineYears",
                "申领时效应在1到10年之间");
        checks.require(claims.outcomeDays() >= 1 && claims.outcomeDays() <= 3650, "claims.outcomeDays",
                "意外身故、伤残的认定期限应在1到3650天之间");
        checks.require(claims.overdueWorkingDays() >= 1 && claims.overdueWorkingDays() <= 100, "claims.overdueWorkingDays",
                "超时工作日应在1到100之间");
        checks.require(claims.returnCloseDays() >= 1 && claims.returnCloseDays() <= 366, "claims.returnCloseDays",
                "退回补正的关闭期限应在1到366天之间");
        checks.require(claims.documents().values().stream().allMatch(list -> !list.isEmpty() && list.size() <= 10
                && list.stream().allMatch(d -> d.length() <= 20)), "claims.documents", "每类申领应列出1到10项材料，每项不超过20个字");
        checks.require(claims.holidays().size() <= 100 && claims.workdays().size() <= 50, "claims.holidays",
                "节假日最多100天、调休上班日最多50天");
        checks.require(claims.gradesValid(), "claims.gradePercents", "伤残比例应为1至10级共10项，每项大于0、不超过100，且逐级不增");
        checks.throwIfAny("SETTINGS_INVALID");
    }

    private static boolean person(String name) {
        return name != null && !name.isBlank() && name.length() <= 20;
    }

    private static boolean prefix(String value) {
        return value != null && value.matches("[A-Z]{1,5}");
    }
}
