package cn.huzhu.domain.document;

import java.time.LocalDate;
import java.util.List;

import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.money.ChineseAmount;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.money.PlanFees;
import cn.huzhu.domain.settings.Settings;

/**
 * What a 缴费通知单 says: the unit and its plans with the money, 单位应付金额 in 大写 and figures, whom to pay (户名, 账号,
 * 开户行, 行号), how (accepted methods, the remark with the unit's name and the 缴款识别码) and when (the payment window).
 */
public record NoticeContent(String title, String applicationNo, String businessType, String unitName, LocalDate enteredOn,
        List<Line> lines, Money total, String totalInWords, String accountName, String accountNo, String bank,
        String bankCode, String methods, String reference, String remark, String windowRule, String financePhones) {

    public static final String TITLE = "职工互助保障活动缴费通知单";

    /** One plan: 总会费, what 补贴, 赠险 and 理赔金额 take off it, and 应交会费. */
    public record Line(String activity, String plan, int shares, int persons, Money totalFee, Money deductions,
            Money payable) {
    }

    public NoticeContent {
        lines = List.copyOf(lines);
    }

    public static NoticeContent of(Enrollment e, Settings settings, String reference) {
        List<Line> lines = e.plans().stream().map(NoticeContent::line).toList();
        Money total = e.fees().payable();
        Settings.Payee payee = settings.payee();
        String phones = settings.contacts().stream().filter(c -> c.label().contains("财务")).map(Settings.ContactLine::phones)
                .findFirst().orElse("");
        return new NoticeContent(TITLE, e.applicationNo(), e.businessType().label(), e.unitName(),
                LocalDate.ofInstant(e.createdAt(), BusinessDay.ZONE), lines, total, ChineseAmount.of(total),
                payee.accountName(), payee.accountNo(), payee.bank(), payee.bankCode(), payee.methods(), reference,
                "转账时请在附言（用途）栏写明单位名称和缴款识别码：" + e.unitName() + " " + reference,
                settings.paymentWindow().rule(), phones);
    }

    private static Line line(EnrollmentPlan row) {
        PlanFees fees = row.fees();
        return new Line(row.chosen().activityName(), row.plan().name(), row.shares(), row.persons(), fees.totalFee(),
                fees.subsidyAndGift().plus(fees.claimDeduction()), fees.payable());
    }
}
