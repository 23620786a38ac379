package cn.huzhu.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.dynamodb.DynamoSettingsStore;
import cn.huzhu.domain.claim.ClaimRules;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;

/** 申领处理's settings: defaults for settings stored before they existed, and ratios that make sense. */
class ClaimsSettingsTest {
    private static Settings with(Settings.Claims claims) {
        Settings d = DynamoSettingsStore.packagedDefaults();
        return new Settings(d.org(), d.payee(), d.paymentWindow(), d.contacts(), d.districtOffices(), d.numbering(), d.limits(),
                d.receipts(), d.renewals(), d.arrivals(), d.changes(), claims);
    }

    @Test
    void storedWithoutThemTheDefaultsApply() {
        Settings.Claims none = with(null).claims();
        assertThat(none.rules()).isEqualTo(ClaimRules.DEFAULT);
        assertThat(none.overdueWorkingDays()).isEqualTo(15);
        assertThat(new Settings.Claims(0, 0, 0, null, 0)).isEqualTo(Settings.Claims.DEFAULT);
    }

    @Test
    void gradesAreTenRatiosThatNeverRiseWithTheGrade() {
        List<BigDecimal> rising = new ArrayList<>(ClaimRules.DEFAULT.gradePercents());
        rising.set(5, new BigDecimal("95"));
        assertThatThrownBy(() -> with(new Settings.Claims(2, 180, 15, rising, 60))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details()).extracting(Problem::field)
                        .containsExactly("claims.gradePercents"));
        assertThatThrownBy(() -> with(new Settings.Claims(11, 180, 15, null, 60))).isInstanceOf(DomainException.class)
                .hasMessageContaining("申领时效");
        assertThat(with(new Settings.Claims(3, 365, 10, null, 30)).claims().rules().deadlineYears()).isEqualTo(3);
    }
}
