package cn.huzhu.domain.catalog;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.money.Money;

/**
 * 保障活动细类: what a unit chooses and pays for. Every number here is catalog data kept by the office.
 *
 * @param minRatePercent minimum participation rate in percent (0 = none), measured against {@code rateBase}
 * @param highRiskFeePerShare fee per share for 高危职业 members; equal to {@code feePerShare} when no surcharge
 * @param waitingDays 观察期: days from a first-time member's start of cover during which illnesses are not covered
 * @param additionWholeTerm 增员 during the term pays the whole term (fee, 补贴 and 赠险) instead of the months left
 */
public record Plan(
        String code,
        String activityId,
        String name,
        Money feePerShare,
        int maxShares,
        int termMonths,
        int minAge,
        int maxAge,
        GenderRule genderRule,
        BigDecimal minRatePercent,
        RateBase rateBase,
        boolean highRiskAllowed,
        Money highRiskFeePerShare,
        Money subsidyPerPerson,
        Money giftPerPerson,
        String itemCode,
        int waitingDays,
        boolean additionWholeTerm,
        boolean retired) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    public static final int MAX_WAITING_DAYS = 365;
    private static final Pattern ITEM_CODE = Pattern.compile("\\d{1,10}");

    public Plan {
        Checks checks = new Checks();
        checks.require(!Checks.blank(code) && CODE.matcher(code).matches(), "code", "细类编码只能是1-32位字母、数字、下划线或短横线");
        checks.require(!Checks.blank(activityId), "activityId", "请选择所属保障活动");
        checks.require(!Checks.blank(name) && name.length() <= 80, "name", "细类名称不能为空且不超过80个字");
        checks.require(feePerShare != null && feePerShare.fen() > 0, "feePerShare", "标准会费必须大于0");
        checks.require(maxShares >= 1 && maxShares <= 99, "maxShares", "每人最高份数应在1到99之间");
        checks.require(termMonths >= 1 && termMonths <= 120, "termMonths", "保障期限应在1到120个月之间");
        checks.require(minAge >= 0 && maxAge <= 120 && minAge <= maxAge, "minAge", "年龄范围无效");
        checks.require(genderRule != null, "genderRule", "请选择性别限制");
        checks.require(minRatePercent != null && minRatePercent.signum() >= 0
                && minRatePercent.compareTo(BigDecimal.valueOf(100)) <= 0, "minRatePercent", "最低参保率应在0到100之间");
        checks.require(rateBase != null, "rateBase", "请选择参保率基数");
        checks.require(highRiskFeePerShare != null && highRiskFeePerShare.fen() > 0, "highRiskFeePerShare", "高危职业会费必须大于0");
        checks.require(subsidyPerPerson != null && !subsidyPerPerson.isNegative(), "subsidyPerPerson", "人均补贴不能为负");
        checks.require(giftPerPerson != null && !giftPerPerson.isNegative(), "giftPerPerson", "人均赠险不能为负");
        checks.require(itemCode != null && ITEM_CODE.matcher(itemCode).matches(), "itemCode", "项目编码应为1-10位数字");
        checks.require(waitingDays >= 0 && waitingDays <= MAX_WAITING_DAYS, "waitingDays",
                "观察期应为0到" + MAX_WAITING_DAYS + "天");
        if (feePerShare != null && subsidyPerPerson != null && giftPerPerson != null) {
            checks.require(subsidyPerPerson.plus(giftPerPerson).compareTo(feePerShare) <= 0, "subsidyPerPerson",
                    "人均补贴与赠险之和不能超过一份的标准会费");
        }
        checks.throwIfAny("PLAN_INVALID");
    }

    /** Fee per share for a member of the given occupation. */
    public Money feePerShare(boolean highRisk) {
        return highRisk ? highRiskFeePerShare : feePerShare;
    }

    /** Retired (停办) plans stay in enrollments that chose them but cannot be chosen again. */
    public Plan withRetired(boolean value) {
        return new Plan(code, activityId, name, feePerShare, maxShares, termMonths, minAge, maxAge, genderRule,
                minRatePercent, rateBase, highRiskAllowed, highRiskFeePerShare, subsidyPerPerson, giftPerPerson,
                itemCode, waitingDays, additionWholeTerm, value);
    }
}
