package cn.huzhu.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.huzhu.testing.TestIds;

class ResidentIdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 25);

    @Test
    void acceptsTheStandardsExamples() {
        assertThat(ResidentIdNumber.problems("11010519491231002X", TODAY)).isEmpty();
        assertThat(ResidentIdNumber.problems("440524188001010014", TODAY)).isEmpty();
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(ResidentIdNumber.parse("440524188001010014", TODAY).gender()).isEqualTo(Gender.MALE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "11010519491231002x",
            "１１０１０５１９４９１２３１００２Ｘ",
            "１１０１０５１９４９１２３１００２ｘ",
            " 110105 19491231 002X ",
            "110105　19491231　002X"
    })
    void normalisesSpacesFullWidthAndLowercaseX(String raw) {
        String normalized = ResidentIdNumber.normalize(raw);
        assertThat(normalized).isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.problems(normalized, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "110105194912310021|校验位错误",
            "99010519491231002X|不是有效的省级行政区划代码",
            "110105194902300025|不是有效日期",
            "11010520991231002X|晚于今天",
            "1101051949123100|应为18位",
            "11010519491231002Y|只能是17位数字加1位数字或X"
    })
    void saysWhatIsWrong(String number, String expected) {
        assertThat(ResidentIdNumber.problems(number, TODAY)).anySatisfy(problem -> assertThat(problem).contains(expected));
    }

    @Test
    void fixtureNumbersAreValid() {
        String man = TestIds.man(LocalDate.of(1980, 1, 1), 3);
        assertThat(ResidentIdNumber.problems(man, TODAY)).isEmpty();
        assertThat(ResidentIdNumber.parse(man, TODAY).gender()).isEqualTo(Gender.MALE);
        assertThat(ResidentIdNumber.parse(TestIds.woman(LocalDate.of(1990, 6, 30), 8), TODAY).gender())
                .isEqualTo(Gender.FEMALE);
    }
}
