package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;

/** The lists' 业务类型 filter: by label or name, absent for both types, anything else refused. */
class BusinessTypeTest {
    @Test
    void aFilterIsALabelANameOrNothing() {
        assertThat(BusinessType.filter("续保")).isEqualTo(BusinessType.RENEWAL);
        assertThat(BusinessType.filter("NEW")).isEqualTo(BusinessType.NEW);
        assertThat(BusinessType.filter("增员")).isEqualTo(BusinessType.ADDITION);
        assertThat(BusinessType.filter(null)).isNull();
        assertThat(BusinessType.filter("  ")).isNull();
        assertThatThrownBy(() -> BusinessType.filter("团体")).isInstanceOf(DomainException.class)
                .hasMessageContaining("参保、续保或增员").extracting(e -> ((DomainException) e).code()).isEqualTo("BUSINESS_TYPE_INVALID");
    }
}
