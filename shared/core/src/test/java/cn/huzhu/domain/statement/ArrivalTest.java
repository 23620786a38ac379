package cn.huzhu.domain.statement;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

class ArrivalTest {
    private static Arrival line(String amount) {
        BankLine l = new BankLine("232554192616", "S" + amount, LocalDate.of(2026, 12, 1), Money.parse(amount), "甲", "", "",
                1, 0);
        return new Arrival(l.key(), "1503", "u", l, new Match(MatchStatus.PROPOSED, "", List.of(), List.of(), null, List.of()),
                List.of(), null, null, 1);
    }

    @Test
    void theLinesMustBringExactlyWhatTheChosenBusinessesOwe() {
        assertThatCode(() -> Arrival.requirePays(List.of(line("300"), line("100.01")), Money.parse("400.01")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Arrival.requirePays(List.of(line("380")), Money.parse("400")))
                .isInstanceOf(DomainException.class).hasMessageContaining("少20.00元");
        assertThatThrownBy(() -> Arrival.requirePays(List.of(line("400.01")), Money.parse("400")))
                .hasMessageContaining("多0.01元");
    }
}
