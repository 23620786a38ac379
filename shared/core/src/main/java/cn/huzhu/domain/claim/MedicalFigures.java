package cn.huzhu.domain.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.money.Money;

/**
 * 住院医疗 (and 意外医疗) figures of a plan: the 起付线, a per-term deductible used up across the term's stays in the
 * order they are assessed; the 比例 paid of what lies above it; and the 年度封顶 per share.
 */
public record MedicalFigures(Money deductible, BigDecimal ratioPercent, Money capPerShare) {

    public MedicalFigures {
        Checks checks = new Checks();
        checks.require(deductible != null && !deductible.isNegative(), "deductible", "起付线不能为负");
        checks.require(ratioPercent != null && ratioPercent.signum() > 0 && ratioPercent.compareTo(BigDecimal.valueOf(100)) <= 0,
                "ratioPercent", "比例应大于0、不超过100");
        checks.require(capPerShare != null && capPerShare.fen() > 0, "capPerShare", "年度封顶应大于0");
        checks.throwIfAny("BENEFITS_INVALID");
    }

    /** What the stays and medical claims of one coverage term took before this one. */
    public record Used(Money deductible, Money paid) {
        public static final Used NONE = new Used(Money.ZERO, Money.ZERO);

        public Used plus(Assessment assessment) {
            return new Used(deductible.plus(assessment.deductibleUsed()), paid.plus(assessment.amount()));
        }
    }

    /**
     * A stay's (or an accident's medical) benefit: (个人自付(目录内) − what is left of the 起付线) × 比例, within 年度封顶 ×
     * shares less what the term paid, and never more than the 自付 less what other coverages paid for it. A stay that
     * stays under the 起付线 pays nothing (未达起付线) and uses what it covers of it; a refusal for the cap uses none.
     */
    public Assessment assess(Money selfPaid, int shares, Used used, Money paidByOthers) {
        List<Assessment.Line> lines = new ArrayList<>();
        Money deductibleLeft = Assessment.atLeastZero(deductible.minus(used.deductible()));
        Money deducted = Assessment.min(selfPaid, deductibleLeft);
        Money base = selfPaid.minus(deducted);
        Money cap = capPerShare.times(shares);
        Money capLeft = Assessment.atLeastZero(cap.minus(used.paid()));
        lines.add(new Assessment.Line("个人自付(目录内)", selfPaid.format()));
        lines.add(new Assessment.Line("本期剩余起付线", deductibleLeft.format()));
        lines.add(new Assessment.Line("起付线以上", base.format()));
        lines.add(new Assessment.Line("比例", ratioPercent.stripTrailingZeros().toPlainString() + "%"));
        lines.add(new Assessment.Line("年度封顶（" + shares + "份）剩余", capLeft.format()));
        if (base.isZero()) {
            return Assessment.refused(RefusalReason.BELOW_DEDUCTIBLE, lines, deducted);
        }
        if (capLeft.isZero()) {
            return Assessment.refused(RefusalReason.CAP_REACHED, lines, Money.ZERO);
        }
        Money computed = Assessment.percentOf(base.fen(), ratioPercent);
        Money amount = Assessment.min(Assessment.min(computed, capLeft), Assessment.atLeastZero(selfPaid.minus(paidByOthers)));
        if (!paidByOthers.isZero()) {
            lines.add(new Assessment.Line("其他保障已付", paidByOthers.format()));
        }
        lines.add(new Assessment.Line("应付金额", amount.format()));
        return amount.isZero() ? Assessment.refused(RefusalReason.CAP_REACHED, lines, Money.ZERO)
                : Assessment.paying(amount, lines, deducted);
    }
}
