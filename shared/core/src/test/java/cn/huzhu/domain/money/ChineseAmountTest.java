package cn.huzhu.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.huzhu.domain.common.DomainException;

class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the examples of the specification
            "80, 捌拾元整",
            "1050.50, 壹仟零伍拾元伍角整",
            "325.04, 叁佰贰拾伍元零肆分",
            "0, 零元整",
            "100000, 壹拾万元整",
            "10010.01, 壹万零壹拾元零壹分",
            "1200000000000, 壹万贰仟亿元整",
            // receipts of the guide's examples
            "400, 肆佰元整",
            "2400, 贰仟肆佰元整",
            "2375.00, 贰仟叁佰柒拾伍元整",
            // 10–19 lead with 壹拾; zeros inside and across the 万 and 亿 sections
            "10, 壹拾元整",
            "15.30, 壹拾伍元叁角整",
            "100010, 壹拾万零壹拾元整",
            "1000000, 壹佰万元整",
            "10001, 壹万零壹元整",
            "100000000, 壹亿元整",
            "105000.05, 壹拾万伍仟元零伍分",
            "100000001, 壹亿零壹元整",
            "10005000, 壹仟万伍仟元整",
            "10000500, 壹仟万零伍佰元整",
            "1000100000, 壹拾亿零壹拾万元整",
            "100010000000, 壹仟亿壹仟万元整",
            "1000001000, 壹拾亿零壹仟元整",
            "1000100000000, 壹万零壹亿元整",
            "1000000000000, 壹万亿元整",
            "10000000000001, 壹拾万亿零壹元整",
            "9999999999999999.99, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
            // 角 and 分 alone
            "0.50, 伍角整",
            "0.07, 柒分",
            "0.57, 伍角柒分",
            "1.05, 壹元零伍分",
            "12.34, 壹拾贰元叁角肆分"
    })
    void readsAmountsTheWayReceiptsPrintThem(String yuan, String expected) {
        assertThat(ChineseAmount.of(Money.parse(yuan))).isEqualTo(expected);
    }

    @Test
    void refusesWhatItCannotWriteRatherThanGarbleIt() {
        for (String yuan : new String[] {"10000000000000000", "-1", "92233720368547758.07"}) {
            assertThatThrownBy(() -> ChineseAmount.of(Money.parse(yuan))).isInstanceOf(DomainException.class)
                    .hasMessageContaining("超出大写金额可书写的范围");
        }
    }
}
