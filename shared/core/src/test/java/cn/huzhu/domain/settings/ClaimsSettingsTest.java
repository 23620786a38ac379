package cn.huzhu.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.dynamodb.DynamoSettingsStore;
import cn.huzhu.domain.claim.ClaimKind;
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

    @Test
    void eachKindListsTheDocumentsItNeedsTheDefaultsUntilTheOfficeSaysOtherwise() {
        assertThat(with(null).claims().documentsFor(ClaimKind.HOSPITAL_STAY)).containsExactly("出院小结", "费用清单", "医保结算单", "发票");
        Settings.Claims own = with(new Settings.Claims(2, 180, 15, null, 60, java.util.Map.of(ClaimKind.HOSPITAL_STAY,
                List.of(" 出院小结 ", "发票", "发票")))).claims();
        assertThat(own.documentsFor(ClaimKind.HOSPITAL_STAY)).containsExactly("出院小结", "发票");
        assertThat(own.documentsFor(ClaimKind.ACCIDENT_DEATH)).containsExactly("事故证明", "死亡证明");
        assertThatThrownBy(() -> with(new Settings.Claims(2, 180, 15, null, 60, java.util.Map.of(ClaimKind.ACCIDENT_DEATH,
                List.of())))).hasMessageContaining("1到10项材料");
    }
}
