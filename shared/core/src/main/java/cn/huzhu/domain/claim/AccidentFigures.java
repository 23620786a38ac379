package cn.huzhu.domain.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

/**
 * 意外伤害 figures of a plan: 身故 and 伤残 sums per share, and the 意外医疗 figures. The 伤残 grade ratios are a setting
 * (1级 100 % … 10级 10 %).
 */
public record AccidentFigures(Money deathPerShare, Money disabilityPerShare, MedicalFigures medical) {

    public AccidentFigures {
        if (deathPerShare == null || deathPerShare.fen() <= 0 || disabilityPerShare == null || disabilityPerShare.fen() <= 0) {
            throw DomainException.invalid("BENEFITS_INVALID", "身故、伤残每份保障金额应大于0");
        }
    }

    /** What 伤残 claims of one term paid: in all, and for the accident now claimed (a worse grade pays the difference). */
    public record DisabilityPaid(Money inTerm, Money sameAccident) {
        public static final DisabilityPaid NONE = new DisabilityPaid(Money.ZERO, Money.ZERO);
    }

    /**
     * 伤残: sum × shares × the grade's ratio, less what this accident's 伤残 paid; all 伤残 of a term together at most
     * sum × shares (已达封顶 beyond).
     */
    public Assessment disability(int grade, BigDecimal gradePercent, int shares, DisabilityPaid paid) {
        Money full = disabilityPerShare.times(shares);
        Money owed = Assessment.atLeastZero(Assessment.percentOf(full.fen(), gradePercent).minus(paid.sameAccident()));
        Money room = Assessment.atLeastZero(full.minus(paid.inTerm()));
        Money amount = Assessment.min(owed, room);
        List<Assessment.Line> lines = new ArrayList<>();
        lines.add(new Assessment.Line("伤残保障金额（" + shares + "份）", full.format()));
        lines.add(new Assessment.Line(grade + "级伤残比例", gradePercent.stripTrailingZeros().toPlainString() + "%"));
        lines.add(new Assessment.Line("同一事故已付伤残", paid.sameAccident().format()));
        lines.add(new Assessment.Line("本期伤残剩余额度", room.format()));
        lines.add(new Assessment.Line("应付金额", amount.format()));
        return amount.isZero() ? Assessment.refused(RefusalReason.CAP_REACHED, lines, Money.ZERO)
                : Assessment.paying(amount, lines, Money.ZERO);
    }

    /** 身故: sum × shares less the 伤残 the term paid, never below 0.00 (then 已达封顶). */
    public Assessment death(int shares, Money disabilityPaidInTerm) {
        Money full = deathPerShare.times(shares);
        Money amount = Assessment.atLeastZero(full.minus(disabilityPaidInTerm));
        List<Assessment.Line> lines = new ArrayList<>();
        lines.add(new Assessment.Line("身故保障金额（" + shares + "份）", full.format()));
        lines.add(new Assessment.Line("本期已付伤残", disabilityPaidInTerm.format()));
        lines.add(new Assessment.Line("应付金额", amount.format()));
        return amount.isZero() ? Assessment.refused(RefusalReason.CAP_REACHED, lines, Money.ZERO)
                : Assessment.paying(amount, lines, Money.ZERO);
    }
}
