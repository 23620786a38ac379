package cn.huzhu.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlanFeesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                              | fee  | high-risk fee | shares | persons | high-risk | subsidy | gift | claim | 总会费  | 补贴  | 赠险 | 应交会费
            guide: 住院医疗A 25 persons          | 95   | 95            | 1      | 25      | 0         | 35      | 0    | 0     | 2375    | 875   | 0    | 1500
            guide: 职工重疾 25 persons           | 36   | 36            | 1      | 25      | 0         | 0       | 0    | 0     | 900     | 0     | 0    | 900
            guide: 女工特病 8 women × 2 shares    | 25   | 25            | 2      | 8       | 0         | 0       | 0    | 0     | 400     | 0     | 0    | 400
            意外伤害 3 general + 1 high-risk × 2 | 20   | 25            | 2      | 4       | 1         | 0       | 0    | 0     | 170     | 0     | 0    | 170
            all high-risk                       | 20   | 25            | 1      | 3       | 3         | 0       | 0    | 0     | 75      | 0     | 0    | 75
            gift and claim                      | 95   | 95            | 1      | 10      | 0         | 35      | 5    | 100   | 950     | 350   | 50   | 450
            fees in 分                          | 0.33 | 0.33          | 3      | 7       | 0         | 0.01    | 0    | 0.02  | 6.93    | 0.07  | 0    | 6.84
            nobody                              | 95   | 95            | 1      | 0       | 0         | 35      | 0    | 0     | 0       | 0     | 0    | 0
            """)
    void computesEachFigureExactly(String name, String fee, String highRiskFee, int shares, int persons, int highRisk,
            String subsidy, String gift, String claim, String total, String subsidyTotal, String giftTotal,
            String payable) {
        PlanFees fees = PlanFees.of(new FeeBasis(Money.parse(fee), Money.parse(highRiskFee), shares, persons, highRisk,
                Money.parse(subsidy), Money.parse(gift), Money.parse(claim)));
        assertThat(fees.totalFee()).isEqualTo(Money.parse(total));
        assertThat(fees.subsidy()).isEqualTo(Money.parse(subsidyTotal));
        assertThat(fees.gift()).isEqualTo(Money.parse(giftTotal));
        assertThat(fees.claimDeduction()).isEqualTo(Money.parse(claim));
        assertThat(fees.payable()).isEqualTo(Money.parse(payable));
    }

    @Test
    void theGuidesTwoPlansAddUpToOneInvoiceOf2400() {
        PlanFees hospital = PlanFees.of(basis("95", 1, 25, "35"));
        PlanFees critical = PlanFees.of(basis("36", 1, 25, "0"));
        PlanFees unit = hospital.plus(critical);
        assertThat(unit.payable()).isEqualTo(Money.ofYuan(2400));
        assertThat(unit.totalFee()).isEqualTo(Money.ofYuan(3275));
        assertThat(unit.subsidyAndGift()).isEqualTo(Money.ofYuan(875));
        assertThat(hospital.claimCeiling()).isEqualTo(Money.ofYuan(1500));
    }

    @Test
    void moreHighRiskPersonsThanPersonsIsAnError() {
        assertThatThrownBy(() -> new FeeBasis(Money.ofYuan(20), Money.ofYuan(25), 1, 2, 3, Money.ZERO, Money.ZERO,
                Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static FeeBasis basis(String fee, int shares, int persons, String subsidy) {
        return new FeeBasis(Money.parse(fee), Money.parse(fee), shares, persons, 0, Money.parse(subsidy), Money.ZERO,
                Money.ZERO);
    }
}
