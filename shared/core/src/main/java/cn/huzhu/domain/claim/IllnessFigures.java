package cn.huzhu.domain.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

/** 重疾 / 女工特病 figures of a plan: its illness list, each illness with its tier and the sum per share of that tier. */
public record IllnessFigures(List<Illness> illnesses) {

    public record Illness(String code, String name, IllnessTier tier, Money sumPerShare) {
        public Illness {
            if (code == null || code.isBlank() || name == null || name.isBlank() || tier == null || sumPerShare == null
                    || sumPerShare.fen() <= 0) {
                throw DomainException.invalid("BENEFITS_INVALID", "病种须有编码、名称、等级和大于0的每份保障金额");
            }
        }
    }

    public IllnessFigures {
        illnesses = List.copyOf(illnesses);
    }

    public Optional<Illness> illness(String code) {
        return illnesses.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * The tier's sum × shares, once per tier and term: a tier the term has paid already is 重复申领 (a second 重症
     * included); an illness not on the list is 非保障范围.
     */
    public Assessment assess(String illnessCode, int shares, Set<IllnessTier> paidTiers) {
        List<Assessment.Line> lines = new ArrayList<>();
        Optional<Illness> found = illness(illnessCode);
        if (found.isEmpty()) {
            lines.add(new Assessment.Line("病种", illnessCode + "（不在本细类病种表中）"));
            return Assessment.refused(RefusalReason.NOT_COVERED, lines, Money.ZERO);
        }
        Illness illness = found.get();
        lines.add(new Assessment.Line("病种", illness.name() + "（" + illness.tier().label() + "）"));
        lines.add(new Assessment.Line("每份保障金额", illness.sumPerShare().format()));
        lines.add(new Assessment.Line("份数", Integer.toString(shares)));
        if (paidTiers.contains(illness.tier())) {
            lines.add(new Assessment.Line("本期已付", illness.tier().label()));
            return Assessment.refused(RefusalReason.DUPLICATE, lines, Money.ZERO);
        }
        Money amount = illness.sumPerShare().times(shares);
        lines.add(new Assessment.Line("应付金额", amount.format()));
        return Assessment.paying(amount, lines, Money.ZERO);
    }
}
