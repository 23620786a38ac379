package cn.huzhu.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;

class PersonRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 25);
    private static final String ID = "11010519491231002X";

    private static PersonInput input(String name, String type, String number, String gender, String birth, String phone,
            String occupation) {
        return new PersonInput(name, type, number, gender, birth, phone, occupation, "");
    }

    static Stream<Arguments> refusedRows() {
        return Stream.of(
                Arguments.of("empty name", input("", "", ID, "", "", "", ""), "姓名", "不能为空"),
                Arguments.of("name too long", input("张".repeat(31), "", ID, "", "", "", ""), "姓名", "不能超过30个字"),
                Arguments.of("digits in name", input("张三1", "", ID, "", "", "", ""), "姓名", "不能包含数字"),
                Arguments.of("full-width digit in name", input("张三１", "", ID, "", "", "", ""), "姓名", "不能包含数字"),
                Arguments.of("unknown document", input("张三", "驾驶证", ID, "", "", "", ""), "证件类型", "不是可选的证件类型"),
                Arguments.of("empty number", input("张三", "居民身份证", "", "", "", "", ""), "证件号码", "不能为空"),
                Arguments.of("check digit", input("张三", "", "110105194912310021", "", "", "", ""), "证件号码", "校验位错误"),
                Arguments.of("province", input("张三", "", "99010519491231002X", "", "", "", ""), "证件号码", "省级行政区划代码"),
                Arguments.of("gender differs", input("张三", "", ID, "男", "", "", ""), "性别", "与身份证号码（女）不一致"),
                Arguments.of("bad gender", input("张三", "", ID, "F", "", "", ""), "性别", "应为“男”或“女”"),
                Arguments.of("birth differs", input("张三", "", ID, "", "1949-12-30", "", ""), "出生日期", "不一致"),
                Arguments.of("bad date", input("张三", "", ID, "", "1949-02-30", "", ""), "出生日期", "不是有效日期"),
                Arguments.of("future date", input("张三", "护照", "E1234567", "男", "2030-01-01", "", ""), "出生日期", "晚于今天"),
                Arguments.of("passport w/o gender", input("张三", "护照", "E1234567", "", "1980-01-01", "", ""), "性别", "必须填写性别"),
                Arguments.of("passport w/o birth", input("张三", "护照", "E1234567", "男", "", "", ""), "出生日期", "必须填写出生日期"),
                Arguments.of("passport number", input("张三", "护照", "E1", "男", "1980-01-01", "", ""), "证件号码", "长度5到30位"),
                Arguments.of("phone length", input("张三", "", ID, "", "", "1381234567", ""), "手机号", "1开头的11位数字"),
                Arguments.of("phone start", input("张三", "", ID, "", "", "23812345678", ""), "手机号", "1开头的11位数字"),
                Arguments.of("occupation", input("张三", "", ID, "", "", "", "危险职业"), "职业类别", "一般职业"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRows")
    void refusesNamingTheColumn(String label, PersonInput input, String column, String message) {
        PersonRules.Check check = PersonRules.check(input, TODAY);
        assertThat(check.ok()).isFalse();
        assertThat(check.person()).isNull();
        assertThat(check.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(column);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void reportsEveryProblemOfARowAtOnce() {
        PersonRules.Check check = PersonRules.check(input("张3", "", "110105194912310021", "X", "", "123", "危险"), TODAY);
        assertThat(check.problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("姓名", "性别", "证件号码", "手机号", "职业类别");
    }

    @Test
    void derivesGenderAndBirthFromTheIdNumber() {
        PersonRules.Check check = PersonRules.check(input(" 李四 ", "", "１１０１０５１９４９１２３１００２ｘ", "", "", "", ""), TODAY);
        assertThat(check.ok()).isTrue();
        Person person = check.person();
        assertThat(person.name()).isEqualTo("李四");
        assertThat(person.idType()).isEqualTo(IdDocumentType.RESIDENT_ID);
        assertThat(person.idNumber()).isEqualTo(ID);
        assertThat(person.gender()).isEqualTo(Gender.FEMALE);
        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(person.occupation()).isEqualTo(Occupation.GENERAL);
    }

    @Test
    void acceptsMatchingGenderAndBirthDateInEveryFormat() {
        for (String date : List.of("1949-12-31", "1949/12/31", "19491231")) {
            assertThat(PersonRules.check(input("李四", "居民身份证", ID, "女", date, "13812345678", "高危职业"), TODAY).ok())
                    .as(date).isTrue();
        }
    }

    @Test
    void otherDocumentsTakeGenderAndBirthFromTheirColumns() {
        PersonRules.Check check = PersonRules.check(input("JOHN SMITH", "护照", "e 1234567", "男", "1980/1/2", "", ""), TODAY);
        assertThat(check.ok()).isTrue();
        assertThat(check.person().idNumber()).isEqualTo("E1234567");
        assertThat(check.person().birthDate()).isEqualTo(LocalDate.of(1980, 1, 2));
        assertThat(check.person().gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void samePersonSameNumberWhateverTheSpelling() {
        Person a = PersonRules.check(input("李四", "", ID, "", "", "", ""), TODAY).person();
        Person b = PersonRules.check(input("李四", "居民身份证", "11010519491231002x", "", "", "", ""), TODAY).person();
        assertThat(a.idNumber()).isEqualTo(b.idNumber()).isEqualTo(ID);
        assertThat(a.idType()).isEqualTo(b.idType());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "''           | ''",
        "2025/11/25   | 2025-11-25",
        "20251126     | 2025-11-26晚于今天",
        "1949-12-31   | 1949-12-31不晚于出生日期1949-12-31",
        "2025-02-30   | “2025-02-30”不是有效日期，格式应为yyyy-MM-dd、yyyy/M/d或yyyyMMdd",
    })
    void theHireDateIsADayNotAfterTodayAndAfterBirth(String typed, String outcome) {
        PersonRules.Check check = PersonRules.check(new PersonInput("张三", "", ID, "", "", "", "", "", typed), TODAY);
        if (check.ok()) {
            assertThat(check.person().hiredOn() == null ? "" : check.person().hiredOn().toString()).isEqualTo(outcome);
        } else {
            assertThat(check.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("入职日期");
                assertThat(p.message()).isEqualTo(outcome);
            });
        }
    }
}
