package cn.huzhu.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void parsesYuanIntoExactFen() {
        assertThat(Money.parse("95").fen()).isEqualTo(9500);
        assertThat(Money.parse("95.5").fen()).isEqualTo(9550);
        assertThat(Money.parse(" 0.10 ").fen()).isEqualTo(10);
        assertThat(Money.parse("1.100").fen()).isEqualTo(110);
    }

    @Test
    void refusesFractionsOfAFen() {
        assertThatThrownBy(() -> Money.parse("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3000000", "1E10000000", "95e0", "0x10", "+5", "1,000", "", " ", ".", "-", "NaN",
            "Infinity", "123456789012345678", "92233720368547758.08", "1.0000000000000", "９５", "1.2.3"})
    void refusesAnythingButPlainDecimalTextBeforeAnyArithmetic(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOverLongTextByItsLengthAlone() {
        String huge = "1".repeat(5_000_000);
        assertThatThrownBy(() -> Money.parse(huge)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.typed("1e10000000", "PAYMENT_INVALID", "amount", "到账金额"))
                .hasMessage("到账金额应为最多两位小数的金额");
    }

    @Test
    void readsTheLargestAmountItAccepts() {
        assertThat(Money.parse("92233720368547758.07").fen()).isEqualTo(Long.MAX_VALUE);
        assertThat(Money.parse("-80").fen()).isEqualTo(-8000);
        assertThat(Money.parse("4.").fen()).isEqualTo(400);
        assertThat(Money.parse(".5").fen()).isEqualTo(50);
    }

    @Test
    void addsWithoutFloatingPointDrift() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.parse("0.10"));
        }
        assertThat(sum).isEqualTo(Money.ofYuan(1));
        assertThat(sum.format()).isEqualTo("1.00");
    }
}
