package cn.huzhu.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the examples the specification gives
            "80, 捌拾元整",
            "1050.50, 壹仟零伍拾元伍角",
            "325.04, 叁佰贰拾伍元零肆分",
            "0, 零元整",
            // receipts of the guide's examples
            "400, 肆佰元整",
            "2400, 贰仟肆佰元整",
            "2375.00, 贰仟叁佰柒拾伍元整",
            // zeros inside and across the 万 group, cents only, large amounts
            "100010, 壹拾万零壹拾元整",
            "1000000, 壹佰万元整",
            "10001, 壹万零壹元整",
            "100000000, 壹亿元整",
            "105000.05, 壹拾万伍仟元零伍分",
            "100000001, 壹亿零壹元整",
            "10005000, 壹仟万伍仟元整",
            "10000500, 壹仟万零伍佰元整",
            "0.50, 伍角",
            "0.07, 柒分",
            "12.34, 壹拾贰元叁角肆分"
    })
    void readsAmountsTheWayReceiptsPrintThem(String yuan, String expected) {
        assertThat(ChineseAmount.of(Money.parse(yuan))).isEqualTo(expected);
    }
}
