package cn.huzhu.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;

class JsonTest {
    record Counts(Integer employeeCount, String note) {
    }

    record Checked(String name) {
        Checked {
            if (name == null || name.isBlank()) {
                throw DomainException.invalid("NAME_REQUIRED", "名称不能为空");
            }
        }
    }

    @Test
    void namesTheFieldWhoseValueIsMalformed() {
        assertThatThrownBy(() -> Json.read("{\"employeeCount\":\"很多\"}", Counts.class))
                .isInstanceOf(DomainException.class).hasMessage("字段“employeeCount”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{oops", Counts.class)).hasMessage("请求内容不是有效的JSON");
        assertThatThrownBy(() -> Json.read(" ", Counts.class)).hasMessage("请求内容不能为空");
    }

    @Test
    void passesOnTheRefusalOfARecordThatChecksItself() {
        assertThatThrownBy(() -> Json.read("{\"name\":\"\"}", Checked.class))
                .isInstanceOf(DomainException.class).hasMessage("名称不能为空");
    }
}
