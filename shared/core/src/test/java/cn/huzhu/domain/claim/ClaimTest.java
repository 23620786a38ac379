package cn.huzhu.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.enrollment.MemberCover;
import cn.huzhu.domain.enrollment.Removal;
import cn.huzhu.domain.enrollment.RemovalReason;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.money.Money;

/** A claim's life: filed, sent back, accepted (late only with a reason), assessed, checked by another, paid or refused. */
class ClaimTest {
    private static final Instant NOW = Instant.parse("2026-06-10T02:00:00Z");
    private static final Claim.Member MEMBER = new Claim.Member("u1", "某单位", "1503", "e1", "ZY01", "k1", "张三", 1);
    private static final ClaimEvent STAY = new ClaimEvent(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10),
            Money.parse("12000"), Money.parse("6700"), Money.parse("5300"), null, null, null, null, null, null);
    private static final BankAccount OWN = BankAccount.of("张三", "中国银行青岛分行", "6222 0212 3456 7890", "");
    private static final List<ClaimDocument> DOCUMENTS = ClaimKind.HOSPITAL_STAY.requiredDocuments().stream()
            .map(type -> new ClaimDocument(type, "a-" + type)).toList();
    private static final MedicalFigures FIGURES = new MedicalFigures(Money.parse("300"), new BigDecimal("60"),
            Money.parse("10000"));

    private static Claim submitted() {
        Claim claim = Claim.draft("c1", "SL1", MEMBER, ClaimKind.HOSPITAL_STAY, STAY, OWN, DOCUMENTS, NOW, "unit");
        claim.submit("unit", NOW, List.of());
        return claim;
    }

    private static Assessment computed() {
        return FIGURES.assess(STAY.selfPaid(), 1, MedicalFigures.Used.NONE, Money.ZERO);
    }

    @Test
    void fromFilingToPayoutWithAnotherPersonsCheck() {
        Claim claim = submitted();
        claim.sendBack("handler1", Role.CLAIMS, NOW, "缺少费用清单");
        assertThat(claim.state()).isEqualTo(ClaimState.RETURNED);
        claim.edit(STAY, OWN, DOCUMENTS);
        claim.submit("unit", NOW.plusSeconds(60), List.of());
        claim.accept("handler1", Role.CLAIMS, NOW, null, 2);
        claim.assess("handler1", Role.CLAIMS, NOW, computed(), null, null);
        assertThat(claim.amount()).isEqualTo(Money.parse("3000.00"));
        assertThatThrownBy(() -> claim.review("handler1", Role.CLAIMS, NOW, true, null)).extracting("code").isEqualTo("SAME_HANDLER");
        assertThatThrownBy(() -> claim.pay("finance1", Role.FINANCE, NOW, LocalDate.of(2026, 6, 10), "B1"))
                .extracting("code").isEqualTo("CLAIM_STATE");
        claim.review("handler2", Role.CLAIMS, NOW, true, null);
        assertThatThrownBy(() -> claim.pay("handler2", Role.CLAIMS, NOW, LocalDate.of(2026, 6, 10), "B1"))
                .extracting("code").isEqualTo("ROLE_NOT_ALLOWED");
        claim.pay("finance1", Role.FINANCE, NOW, LocalDate.of(2026, 6, 10), "B1");
        assertThat(claim.state()).isEqualTo(ClaimState.PAID);
        assertThat(claim.steps()).extracting(ClaimStep::to).containsExactly(ClaimState.SUBMITTED, ClaimState.RETURNED,
                ClaimState.SUBMITTED, ClaimState.ACCEPTED, ClaimState.ASSESSED, ClaimState.AWAITING_PAYMENT, ClaimState.PAID);
    }

    @Test
    void aClaimLeftSentBackIsClosedOnlyAfterItsDays() {
        Claim claim = submitted();
        claim.sendBack("handler1", Role.CLAIMS, NOW, "缺少费用清单");
        Instant sixtyDaysOn = NOW.plus(java.time.Duration.ofDays(60));
        assertThat(claim.unansweredLongerThan(sixtyDaysOn, 60)).as("exactly 60 days is not longer").isFalse();
        assertThatThrownBy(() -> claim.closeUnanswered(sixtyDaysOn, 60)).extracting("code").isEqualTo("CLAIM_STATE");
        Instant later = sixtyDaysOn.plusSeconds(1);
        assertThat(claim.unansweredLongerThan(later, 60)).isTrue();
        claim.closeUnanswered(later, 60);
        assertThat(claim.state()).isEqualTo(ClaimState.REFUSED);
        assertThat(claim.handling().refusal()).isEqualTo(RefusalReason.MISSING_DOCUMENTS);
        assertThat(claim.unansweredLongerThan(later, 60)).as("no longer 退回补正").isFalse();
    }

    @Test
    void aChangedAmountNeedsAReasonAndNeverExceedsWhatThePlanAllows() {
        Claim claim = submitted();
        claim.accept("handler1", Role.CLAIMS, NOW, null, 2);
        assertThatThrownBy(() -> claim.assess("handler1", Role.CLAIMS, NOW, computed(), Money.parse("3000.01"), "多给"))
                .extracting("code").isEqualTo("AMOUNT_OUT_OF_RANGE");
        assertThatThrownBy(() -> claim.assess("handler1", Role.CLAIMS, NOW, computed(), Money.parse("2500"), " "))
                .extracting("code").isEqualTo("AMOUNT_REASON_REQUIRED");
        claim.assess("handler1", Role.CLAIMS, NOW, computed(), Money.parse("2500"), "部分费用不在目录内");
        assertThat(claim.amount()).isEqualTo(Money.parse("2500"));
        claim.review("handler2", Role.CLAIMS, NOW, false, "请核对发票");
        assertThat(claim.state()).isEqualTo(ClaimState.ACCEPTED);
        assertThat(claim.stepsForUnit()).extracting(ClaimStep::action).doesNotContain("复核退回");
    }

    @Test
    void anAssessmentThatPaysNothingClosesTheClaimWithItsReason() {
        Claim claim = submitted();
        claim.accept("handler1", Role.CLAIMS, NOW, null, 2);
        Assessment below = FIGURES.assess(Money.parse("200"), 1, MedicalFigures.Used.NONE, Money.ZERO);
        claim.assess("handler1", Role.CLAIMS, NOW, below, null, null);
        assertThat(claim.state()).isEqualTo(ClaimState.REFUSED);
        assertThat(claim.handling().refusal()).isEqualTo(RefusalReason.BELOW_DEDUCTIBLE);
    }

    @Test
    void aClaimOutsideTheCoverIsRefusedAtSubmissionAndALateOneOnlyAcceptedWithAReason() {
        Claim outside = Claim.draft("c2", "SL2", MEMBER, ClaimKind.HOSPITAL_STAY, STAY, OWN, DOCUMENTS, NOW, "unit");
        outside.submit("unit", NOW, List.of(RefusalReason.TIME_BARRED, RefusalReason.WAITING_PERIOD, RefusalReason.OUT_OF_COVER));
        assertThat(outside.state()).isEqualTo(ClaimState.REFUSED);
        assertThat(outside.handling().refusal()).isEqualTo(RefusalReason.OUT_OF_COVER);

        ClaimEvent old = new ClaimEvent(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5), Money.parse("100"),
                Money.ZERO, Money.parse("100"), null, null, null, null, null, null);
        Claim late = Claim.draft("c3", "SL3", MEMBER, ClaimKind.HOSPITAL_STAY, old, OWN, DOCUMENTS, NOW, "unit");
        late.submit("unit", NOW, List.of(RefusalReason.TIME_BARRED));
        assertThat(late.state()).isEqualTo(ClaimState.SUBMITTED);
        assertThatThrownBy(() -> late.accept("handler1", Role.CLAIMS, NOW, "", 2)).extracting("code")
                .isEqualTo("LATE_REASON_REQUIRED");
        late.accept("handler1", Role.CLAIMS, NOW, "住院期间无法办理", 2);
        assertThat(late.state()).isEqualTo(ClaimState.ACCEPTED);
    }

    @Test
    void theCoverDecidesTheFirstReason() {
        MemberCover cover = new MemberCover(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 30),
                null);
        LocalDate today = LocalDate.of(2026, 6, 10);
        assertThat(ClaimCover.reasons(ClaimKind.HOSPITAL_STAY, null, Gender.FEMALE, today, today, today, 2))
                .containsExactly(RefusalReason.NOT_ENROLLED);
        assertThat(ClaimCover.reasons(ClaimKind.FEMALE_DISEASE, cover, Gender.MALE, today, today, today, 2))
                .containsExactly(RefusalReason.NOT_ENROLLED);
        LocalDate inWaiting = LocalDate.of(2026, 1, 30);
        assertThat(ClaimCover.reasons(ClaimKind.HOSPITAL_STAY, cover, Gender.FEMALE, inWaiting, inWaiting, today, 2))
                .containsExactly(RefusalReason.WAITING_PERIOD);
        assertThat(ClaimCover.reasons(ClaimKind.ACCIDENT_MEDICAL, cover, Gender.FEMALE, inWaiting, inWaiting, today, 2))
                .as("accidents have no 观察期").isEmpty();
        LocalDate dayAfter = LocalDate.of(2026, 1, 31);
        assertThat(ClaimCover.reasons(ClaimKind.HOSPITAL_STAY, cover, Gender.FEMALE, dayAfter, dayAfter, today, 2)).isEmpty();
        MemberCover died = new MemberCover(cover.startsOn(), LocalDate.of(2026, 4, 1), null,
                new Removal(RemovalReason.DECEASED, LocalDate.of(2026, 4, 1), NOW, "unit"));
        assertThat(ClaimCover.reasons(ClaimKind.ACCIDENT_MEDICAL, died, Gender.FEMALE, LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 2), today, 2)).containsExactly(RefusalReason.OUT_OF_COVER);
        assertThat(RefusalReason.first(List.of(RefusalReason.BELOW_DEDUCTIBLE, RefusalReason.TIME_BARRED,
                RefusalReason.DUPLICATE))).contains(RefusalReason.TIME_BARRED);
    }

    @Test
    void thePayoutGoesToTheMemberOrForADeathToANamedBeneficiary() {
        assertThatThrownBy(() -> BankAccount.of("李四", "中国银行", "6222021234567890", "").check("张三", ClaimKind.HOSPITAL_STAY, false))
                .extracting("code").isEqualTo("BANK_ACCOUNT_INVALID");
        BankAccount.of("李四", "中国银行", "6222021234567890", "配偶").check("张三", ClaimKind.ACCIDENT_DEATH, false);
        assertThatThrownBy(() -> BankAccount.of("李四", "中国银行", "6222021234567890", "").check("张三", ClaimKind.ACCIDENT_DEATH, false))
                .extracting("code").isEqualTo("BANK_ACCOUNT_INVALID");
        assertThatThrownBy(() -> BankAccount.of("张三", "中国银行", "62220212", "").check("张三", ClaimKind.HOSPITAL_STAY, false))
                .extracting("code").isEqualTo("BANK_ACCOUNT_INVALID");
        BankAccount.of("李四", "中国银行", "6222021234567890", "子女").check("张三", ClaimKind.HOSPITAL_STAY, true);
        assertThat(BankAccount.of("张三", "中国银行", "4111 1111 1111 1111", "").warning()).isEmpty();
        assertThat(BankAccount.of("张三", "中国银行", "4111 1111 1111 1112", "").warning()).isPresent();
        assertThat(BankAccount.of("张三", "中国银行", "6222 0212 3456 7890 12", "").number()).isEqualTo("622202123456789012");
    }

    @Test
    void everyDocumentTheKindNeedsIsThereBeforeSubmission() {
        Claim claim = Claim.draft("c4", "SL4", MEMBER, ClaimKind.HOSPITAL_STAY, STAY, OWN, DOCUMENTS.subList(0, 2), NOW, "unit");
        assertThatThrownBy(() -> claim.submit("unit", NOW, List.of())).hasMessageContaining("医保结算单、发票")
                .extracting("code").isEqualTo("DOCUMENTS_MISSING");
        assertThat(claim.state()).isEqualTo(ClaimState.DRAFT);
    }
}
