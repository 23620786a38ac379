package cn.huzhu.app.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.claim.BankAccount;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimDocument;
import cn.huzhu.domain.claim.ClaimEvent;
import cn.huzhu.domain.claim.ClaimKind;
import cn.huzhu.domain.claim.MedicalFigures;
import cn.huzhu.domain.money.Money;

/** What a claim's screens show: the account masked, the office's breakdown kept from the unit, working days and 超时. */
class ClaimViewTest {
    private static final Instant ACCEPTED = Instant.parse("2026-11-02T02:00:00Z");

    private static Claim accepted() {
        ClaimEvent stay = new ClaimEvent(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 9), Money.parse("9000"),
                Money.parse("3700"), Money.parse("5300"), null, null, null, null, null, null);
        List<ClaimDocument> documents = ClaimKind.HOSPITAL_STAY.requiredDocuments().stream()
                .map(type -> new ClaimDocument(type, type)).toList();
        Claim claim = Claim.draft("c", "SL1", new Claim.Member("u", "某单位", "1503", "e", "ZY01", "k", "张三", 1),
                ClaimKind.HOSPITAL_STAY, stay, BankAccount.of("张三", "中国银行", "6222021234567890", ""), documents, ACCEPTED, "unit");
        claim.submit("unit", ACCEPTED, List.of());
        claim.accept("claims1", Role.CLAIMS, ACCEPTED, null, 2);
        return claim;
    }

    @Test
    void aClaimInHandLongerThanFifteenWorkingDaysIsOverdue() {
        Claim claim = accepted();
        assertThat(ClaimView.forOffice(LocalDate.of(2026, 11, 23), cn.huzhu.domain.settings.Settings.Claims.DEFAULT, claim).workingDays()).isEqualTo(15);
        assertThat(ClaimView.forOffice(LocalDate.of(2026, 11, 23), cn.huzhu.domain.settings.Settings.Claims.DEFAULT, claim).overdue()).isFalse();
        assertThat(ClaimView.forOffice(LocalDate.of(2026, 11, 24), cn.huzhu.domain.settings.Settings.Claims.DEFAULT, claim).overdue()).isTrue();
        claim.assess("claims1", Role.CLAIMS, ACCEPTED, new MedicalFigures(Money.parse("300"), new BigDecimal("60"),
                Money.parse("10000")).assess(Money.parse("5300"), 1, MedicalFigures.Used.NONE, Money.ZERO), null, null);
        ClaimView office = ClaimView.forOffice(LocalDate.of(2026, 11, 24), cn.huzhu.domain.settings.Settings.Claims.DEFAULT, claim);
        ClaimView unit = ClaimView.forUnit(LocalDate.of(2026, 11, 24), cn.huzhu.domain.settings.Settings.Claims.DEFAULT, claim);
        assertThat(office.assessment()).isNotNull();
        assertThat(unit.assessment()).as("the breakdown is the office's").isNull();
        assertThat(unit.accountMasked()).isEqualTo("****7890");
        assertThat(unit.toString()).doesNotContain("6222021234567890");
    }
}
