package cn.huzhu.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
