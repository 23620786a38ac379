package cn.huzhu.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "12100000400010398P"})
    void acceptsValidCodes(String code) {
        assertThat(CreditCode.problem(CreditCode.normalize(code))).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "91350100M000100Y44|校验位错误",
            "91350100I000100Y43|第9位字符“I”无效",
            "9135010|应为18位",
            // the guide's sample codes: their check characters are wrong
            "123702006762229200|校验位错误",
            "123702006762228200|校验位错误",
            "91AB0100M000100Y43|第3到8位"
    })
    void refusesInvalidCodes(String code, String expected) {
        assertThat(CreditCode.problem(CreditCode.normalize(code))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"９１３５０１００Ｍ０００１００Ｙ４３", "91350100m000100y43", " 91350100M000100Y43 "})
    void normalisesWhatPeopleType(String typed) {
        assertThat(CreditCode.normalize(typed)).isEqualTo("91350100M000100Y43");
    }
}
