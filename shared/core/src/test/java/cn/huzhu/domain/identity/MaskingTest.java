package cn.huzhu.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheMiddleOfIdNumbers() {
        assertThat(Masking.idNumber("370202198001011234")).isEqualTo("370202********1234");
        assertThat(Masking.idNumber("E12345678")).isEqualTo("E1*****78");
        assertThat(Masking.idNumber("")).isEmpty();
    }

    @Test
    void masksPhones() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("")).isEmpty();
    }

    @Test
    void bankAccountsKeepTheirLastFourDigitsOnly() {
        assertThat(Masking.account("6222 0000 1111 2345")).isEqualTo("****2345");
        assertThat(Masking.account("123")).isEqualTo("****");
        assertThat(Masking.account(null)).isEmpty();
    }
}
