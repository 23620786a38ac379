package cn.huzhu.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArrivalsTest {
    private final Settings.Payee payee = new Settings.Payee("办事处", "232554192616", "中国银行", "104452000028", "转账");

    @Test
    void withoutListedAccountsOnlyThePayeesIsAccepted() {
        assertThat(Settings.Arrivals.DEFAULT.accounts(payee)).containsExactly("232554192616");
    }

    @Test
    void listedAccountsAreAcceptedInsteadSpacesDroppedEachOnce() {
        Settings.Arrivals listed = new Settings.Arrivals(false, List.of("2325 5419 2616", "6222000011112222", "232554192616", " "));
        assertThat(listed.accounts(payee)).containsExactly("232554192616", "6222000011112222");
    }
}
