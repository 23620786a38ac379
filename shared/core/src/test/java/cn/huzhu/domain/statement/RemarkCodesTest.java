package cn.huzhu.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemarkCodesTest {
    private static final String CODE = Codes.valid("K7M2Q");

    @ParameterizedTest
    @ValueSource(strings = {"%s", "缴费%s", "青岛啤酒股份%s会费", "%s 2026年会费", "2026%s", "付款 %s 13805321234",
            "识别码:%s;", "RMT/%s/会费"})
    void aCodeIsFoundWhereverItIsWritten(String template) {
        assertThat(RemarkCodes.in(template.formatted(CODE)).codes()).contains(CODE);
    }

    @Test
    void caseFullWidthAndSpacesInsideDoNotHideACode() {
        String lower = CODE.toLowerCase();
        String fullWidth = CODE.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
        String spaced = CODE.substring(0, 3) + " " + CODE.substring(3);
        String ideographicSpace = CODE.substring(0, 2) + "\u3000" + CODE.substring(2);
        for (String written : new String[] {lower, fullWidth, spaced, ideographicSpace, "会费 " + spaced + " 张三"}) {
            assertThat(RemarkCodes.in(written).codes()).as(written).containsExactly(CODE);
        }
    }

    @Test
    void aTokenOfACodesLengthWhoseCheckFailsIsBroken() {
        String broken = Codes.broken("K7M2Q");
        RemarkCodes.Found found = RemarkCodes.in("会费" + broken);
        assertThat(found.codes()).isEmpty();
        assertThat(found.broken()).containsExactly(broken);
    }

    @Test
    void phonesDatesAndApplicationNumbersAreNeverCodes() {
        for (String remark : new String[] {"13805321234", "2026-12-01", "20261201", "申请书号SQ2026120001", "电话0532-82828282",
                "99999999999", "金额2375.00元"}) {
            RemarkCodes.Found found = RemarkCodes.in(remark);
            assertThat(found.codes()).as(remark).isEmpty();
        }
    }

    @Test
    void aValidCodeInsideALongerRunCountsButNeverAsStandalone() {
        RemarkCodes.Found found = RemarkCodes.in("A" + CODE + "B");
        assertThat(found.codes()).contains(CODE);
        assertThat(found.standalone()).isEmpty();
        assertThat(found.broken()).isEmpty();
    }

    @Test
    void twoCodesAreBothFoundInOrder() {
        String other = Codes.valid("WX9A3");
        assertThat(RemarkCodes.in("合并缴纳 " + CODE + "、" + other).codes()).containsExactly(CODE, other);
    }
}
