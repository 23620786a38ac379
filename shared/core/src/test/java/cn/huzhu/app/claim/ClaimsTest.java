package cn.huzhu.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.ses.SesMailer;
import cn.huzhu.app.change.Removals;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.GenderRule;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.catalog.RateBase;
import cn.huzhu.app.port.ClaimStore;
import cn.huzhu.domain.claim.AccidentFigures;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimDocument;
import cn.huzhu.domain.claim.ClaimEvent;
import cn.huzhu.domain.claim.ClaimKind;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.claim.IllnessFigures;
import cn.huzhu.domain.claim.IllnessTier;
import cn.huzhu.domain.claim.MedicalFigures;
import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.domain.claim.RefusalReason;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.enrollment.Attachment;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.RemovalReason;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Backdating;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.testing.World;

/**
 * Claims over the real stores: filed for a member of a confirmed business, judged on submission, accepted, assessed
 * from the plan's figures, double-checked by another handler and paid; a unit sees only its own; two claims of one
 * member assessed at once never pay one tier twice.
 */
class ClaimsTest {
    private static final int BACK_DAYS = 200;
    private final World world = new World();
    private final ClaimFiling filing = new ClaimFiling(world.stores.enrollments, world.stores.members, world.stores.claims,
            world.stores.attachments, world.stores.catalog, world.stores.sequences, world.stores.settings, world.ids, world.clock);
    private final ClaimHandling handling = handling(world.services.removals);
    private final Caller handler1 = new Caller("claims-a", Role.CLAIMS, null, "1503");
    private final Caller handler2 = new Caller("claims-b", Role.CLAIMS, null, "1503");
    private final Caller finance = new Caller("finance-a", Role.FINANCE, null, "1503");

    ClaimsTest() {
        world.stores.catalog.saveBenefits(new PlanBenefits("P0501", null, new IllnessFigures(List.of(
                new IllnessFigures.Illness("F01", "乳腺癌", IllnessTier.SEVERE, Money.parse("10000")),
                new IllnessFigures.Illness("F30", "原位癌", IllnessTier.IN_SITU, Money.parse("2000")))), null, true));
    }

    private ClaimHandling handling(Removals removals) {
        return new ClaimHandling(world.stores.claims, world.stores.members, world.stores.catalog, world.stores.settings,
                notifier(), removals, world.clock);
    }

    private UnitNotifier notifier() {
        return new UnitNotifier(SesMailer.create(world.aws), world.stores.mails, world.stores.units, world.stores.settings,
                world.ids, world.clock);
    }

    private LocalDate today() {
        return BusinessDay.today(world.clock);
    }

    /** A business of women confirmed {@value #BACK_DAYS} days ago: their cover and 观察期 lie in the past. */
    private Enrollment coveredLongAgo(Caller unit) {
        return backdated(world.confirmedWomen(unit, World.women(2)));
    }

    private Enrollment backdated(Enrollment e) {
        return Backdating.confirmation(world.stores.enrollments, e.id(), BACK_DAYS);
    }

    private Member firstMember(Enrollment e) {
        List<Member> found = new ArrayList<>();
        world.stores.members.forEach(e.id(), "P0501", found::add);
        return found.get(0);
    }

    private ClaimFiling.Request illness(Enrollment e, Member m, LocalDate diagnosed, String code) {
        return new ClaimFiling.Request(e.id(), "P0501", m.key(), "女工特病", new ClaimEvent(null, null, null, null, null,
                diagnosed, code, null, null, null, null), m.person().name(), "中国银行青岛分行", "6222021234567890", "",
                documents(e, ClaimKind.FEMALE_DISEASE));
    }

    /** Every document the kind needs, each a PDF stored as uploaded to the business. */
    private List<ClaimDocument> documents(Enrollment e, ClaimKind kind) {
        List<ClaimDocument> documents = new ArrayList<>();
        for (String type : kind.requiredDocuments()) {
            String attachmentId = world.ids.next();
            world.stores.attachments.put(new Attachment(e.id(), attachmentId, type + ".pdf", Attachment.Kind.PDF, 100,
                    "attachments/" + e.id() + "/" + attachmentId, true, world.clock.instant()));
            documents.add(new ClaimDocument(type, attachmentId));
        }
        return documents;
    }

    @Test
    void aClaimGoesFromFilingToPayoutWithAnotherHandlersCheck() {
        Caller unit = world.newUnit("申领单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        Claim claim = filing.file(unit, illness(e, m, today().minusDays(50), "F30"));
        assertThat(claim.state()).isEqualTo(ClaimState.DRAFT);
        assertThatThrownBy(() -> filing.load(world.newUnit("别的单位"), claim.id())).extracting("code").isEqualTo("CLAIM_NOT_FOUND");
        assertThat(filing.submit(unit, claim.id()).state()).isEqualTo(ClaimState.SUBMITTED);
        handling.accept(handler1, claim.id(), null);
        Claim assessed = handling.assess(handler1, claim.id(), null, null);
        assertThat(assessed.amount()).isEqualTo(Money.parse("4000.00"));
        assertThatThrownBy(() -> handling.review(handler1, claim.id(), true, null)).extracting("code").isEqualTo("SAME_HANDLER");
        handling.review(handler2, claim.id(), true, null);
        assertThatThrownBy(() -> handling.pay(handler2, claim.id(), today(), "B1")).extracting("code")
                .isEqualTo("ROLE_NOT_ALLOWED");
        Claim paid = handling.pay(finance, claim.id(), today(), "B-" + claim.id());
        assertThat(paid.state()).isEqualTo(ClaimState.PAID);
        assertThat(world.stores.claims.find(claim.id()).orElseThrow().steps()).hasSize(5);
        assertThat(filing.mine(unit, null, 20).items()).extracting(Claim::id).contains(claim.id());
        assertThat(world.stores.mails.forEnrollment(e.id())).filteredOn(mail -> mail.kind().equals("CLAIM_PAID"))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.body()).contains(claim.claimNo(), "4000.00").doesNotContain("原位癌", "6222021234567890");
                    assertThat(mail.status()).isEqualTo(cn.huzhu.app.port.MailLog.Status.SENT);
                });
    }

    @Test
    void documentsMustBeFilesOfTheBusinessUnderATypeTheKindNeeds() {
        Caller unit = world.newUnit("材料单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        ClaimFiling.Request good = illness(e, m, today().minusDays(50), "F30");
        ClaimFiling.Request foreign = new ClaimFiling.Request(e.id(), "P0501", m.key(), "女工特病", good.event(),
                m.person().name(), "中国银行", "6222021234567890", "", List.of(new ClaimDocument("诊断证明", "not-there")));
        assertThatThrownBy(() -> filing.file(unit, foreign)).extracting("code").isEqualTo("DOCUMENT_NOT_FOUND");
        ClaimFiling.Request wrongType = new ClaimFiling.Request(e.id(), "P0501", m.key(), "女工特病", good.event(),
                m.person().name(), "中国银行", "6222021234567890", "", List.of(new ClaimDocument("发票",
                        good.documents().get(0).attachmentId())));
        assertThatThrownBy(() -> filing.file(unit, wrongType)).extracting("code").isEqualTo("DOCUMENT_TYPE_INVALID");
    }

    @Test
    void aSecondClaimForTheSameEventIsRefusedWhileTheFirstIsOpen() {
        Caller unit = world.newUnit("重复申领单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        LocalDate diagnosed = today().minusDays(60);
        Claim first = filing.file(unit, illness(e, m, diagnosed, "F30"));
        filing.submit(unit, first.id());
        Claim second = filing.file(unit, illness(e, m, diagnosed, "F30"));
        assertThatThrownBy(() -> filing.submit(unit, second.id())).extracting("code").isEqualTo("CLAIM_DUPLICATE");
        assertThatThrownBy(() -> world.services.corrections.request(unit, e.id(), new cn.huzhu.app.change.Corrections.Request(
                m.key(), "改名字", null, "录入错误", null))).extracting("code").isEqualTo("CLAIM_OPEN");
        handling.refuse(handler1, first.id(), RefusalReason.MISSING_DOCUMENTS, null);
        assertThat(filing.submit(unit, second.id()).state()).as("a refused claim is no longer in hand")
                .isEqualTo(ClaimState.SUBMITTED);
    }

    @Test
    void theClaimsOfSeveralMembershipsAreReadAtOnceEachUnderItsOwnMembership() {
        Caller unit = world.newUnit("多份申领单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        Claim first = filing.file(unit, illness(e, m, today().minusDays(60), "F30"));
        Claim second = filing.file(unit, illness(e, m, today().minusDays(30), "F30"));
        var held = new ClaimStore.MemberOfPlan(e.id(), m.planCode(), m.key());
        var none = new ClaimStore.MemberOfPlan(e.id(), "NOPLAN", m.key());
        var read = world.stores.claims.ofMembers(List.of(held, none, held));
        assertThat(read).containsOnlyKeys(held, none);
        assertThat(read.get(held)).extracting(Claim::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(read.get(none)).isEmpty();
        assertThat(world.stores.claims.ofMember(e.id(), m.planCode(), m.key())).extracting(Claim::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void aSeverePayoutEndsThePlansCoverFromTheDiagnosis() {
        Caller unit = world.newUnit("重症给付单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        LocalDate diagnosed = today().minusDays(30);
        Claim severe = filing.file(unit, illness(e, m, diagnosed, "F01"));
        filing.submit(unit, severe.id());
        handling.accept(handler1, severe.id(), null);
        handling.assess(handler1, severe.id(), null, null);
        handling.review(handler2, severe.id(), true, null);
        handling.pay(finance, severe.id(), today(), "B-" + severe.id());
        Member after = world.stores.members.find(e.id(), "P0501", m.key()).orElseThrow();
        assertThat(after.removal().reason()).isEqualTo(RemovalReason.SEVERE_ILLNESS_PAID);
        assertThat(after.removal().date()).isEqualTo(diagnosed);
        assertThat(world.stores.coverage.latest(List.of(m.key()), cn.huzhu.domain.catalog.ActivityType.FEMALE_DISEASE)
                .get(m.key()).endsOn()).isEqualTo(diagnosed);
        Claim later = filing.file(unit, illness(e, m, diagnosed.plusDays(5), "F30"));
        Claim refused = filing.submit(unit, later.id());
        assertThat(refused.state()).isEqualTo(ClaimState.REFUSED);
        assertThat(refused.handling().refusal()).isEqualTo(RefusalReason.OUT_OF_COVER);
        Claim secondSevere = filing.submit(unit, filing.file(unit, illness(e, m, diagnosed.plusDays(6), "F01")).id());
        assertThat(secondSevere.handling().refusal()).as("a second 重症 in the term").isEqualTo(RefusalReason.DUPLICATE);

        Enrollment addition = new cn.huzhu.app.change.Additions(world.stores.enrollments, world.stores.sequences,
                world.stores.settings, world.ids, world.clock).start(unit, e.id());
        world.services.members.add(unit, addition.id(), "P0501", new cn.huzhu.app.enrollment.MemberEditing.Edit(
                m.person().name(), null, m.person().idNumber(), null, null, null, null, null, today().toString()));
        assertThatThrownBy(() -> world.services.lifecycle.submit(unit, addition.id())).hasMessageContaining("已获重症给付");
    }

    @Test
    void aClaimLeftUnansweredAfterASendBackIsClosedWhenItsDaysArePast() {
        Caller unit = world.newUnit("补正单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        Claim claim = filing.file(unit, illness(e, m, today().minusDays(20), "F30"));
        filing.submit(unit, claim.id());
        handling.sendBack(handler1, claim.id(), "请补充病理报告原件");
        UnitNotifier mail = notifier();
        new UnansweredReturns(world.stores.claims, world.stores.settings, mail, world.clock).run("1503");
        assertThat(world.stores.claims.find(claim.id()).orElseThrow().state()).as("not yet 60 days").isEqualTo(ClaimState.RETURNED);
        java.time.Clock later = java.time.Clock.offset(world.clock, java.time.Duration.ofDays(61));
        UnansweredReturns.Run run = new UnansweredReturns(world.stores.claims, world.stores.settings, mail, later).run("1503");
        assertThat(run.closed()).isPositive();
        Claim closed = world.stores.claims.find(claim.id()).orElseThrow();
        assertThat(closed.state()).isEqualTo(ClaimState.REFUSED);
        assertThat(closed.handling().refusal()).isEqualTo(RefusalReason.MISSING_DOCUMENTS);
        assertThat(world.stores.mails.forEnrollment(e.id())).extracting(cn.huzhu.app.port.MailLog.Entry::kind)
                .contains("CLAIM_RETURNED", "CLAIM_REFUSED");
    }

    @Test
    void aStayCoveredByTwoPlansIsPaidAtMostItsSelfPaidPartTogether() {
        Plan second = new Plan("H" + world.ids.next().substring(12), Catalogs.HOSPITAL_A.activityId(), "住院医疗(B方案)",
                Money.parse("95"), 1, 12, 16, 65, GenderRule.ANY, BigDecimal.ZERO, RateBase.ALL_EMPLOYEES, true,
                Money.parse("95"), Money.parse("35"), Money.ZERO, "9930", 30, false, false);
        world.stores.catalog.createPlan(second);
        MedicalFigures figures = new MedicalFigures(Money.parse("300"), new BigDecimal("60"), Money.parse("10000"));
        world.stores.catalog.saveBenefits(new PlanBenefits("P0101", figures, null, null, true));
        world.stores.catalog.saveBenefits(new PlanBenefits(second.code(), figures, null, null, true));
        Caller unit = world.newUnit("两种住院单位");
        Enrollment e = backdated(confirmedIn(unit, List.of("P0101", second.code()), World.women(1).get(0)));
        LocalDate admitted = today().minusDays(20);
        assertThat(assessedStay(unit, e, "P0101", admitted).amount()).isEqualTo(Money.parse("3000.00"));
        assertThat(assessedStay(unit, e, second.code(), admitted).amount())
                .as("5,300 of 自付, 3,000 paid through the other plan").isEqualTo(Money.parse("2300.00"));
    }

    /** One person in several plans of a business (1 share, 60 元 each to pay), confirmed today and covered. */
    private Enrollment confirmedIn(Caller unit, List<String> planCodes, cn.huzhu.domain.roster.Person person) {
        Enrollment draft = world.create.create(unit, new cn.huzhu.app.enrollment.CreateEnrollment.Request(false,
                planCodes.stream().map(code -> new cn.huzhu.app.enrollment.CreateEnrollment.PlanRequest(code, 1)).toList()));
        String key = world.keys.of(person.idType(), person.idNumber());
        world.stores.members.putAll(planCodes.stream().map(code -> new Member(draft.id(), code, key, person, today().plusDays(1),
                null, "", world.clock.instant())).toList());
        world.edit.updateDetails(unit, draft.id(), new cn.huzhu.app.enrollment.EditEnrollment.Details(false, 1, 1, ""));
        world.lifecycle.submit(unit, draft.id());
        world.lifecycle.approve(new Caller("r", Role.REVIEWER, null, unit.orgCode()), draft.id());
        Enrollment approved = world.stores.enrollments.find(draft.id()).orElseThrow();
        var entry = world.invoicing();
        entry.add(unit, draft.id(), new cn.huzhu.domain.invoice.InvoiceForm("会员自付", "某工会", null, "", null, "a@b.cn", "",
                approved.plans().stream().map(row -> new cn.huzhu.domain.invoice.InvoiceForm.Line(row.code(), 1,
                        row.fees().payable().format(), "")).toList(), null));
        entry.submit(unit, draft.id());
        world.payments().confirm(new Caller("f", Role.FINANCE, null, unit.orgCode()), draft.id(),
                new cn.huzhu.app.payment.PaymentConfirmation.Form(approved.fees().payable().format(), today(), "B"));
        int covered = new cn.huzhu.app.payment.CoverageRecorder(world.stores.members, world.stores.coverage, world.editor,
                world.stores.settings, world.stores.changes).record(world.stores.enrollments.find(draft.id()).orElseThrow(), () -> { });
        world.editor.system(draft.id(), done -> done.recordFulfilment(
                cn.huzhu.domain.enrollment.Fulfilment.done(0, covered, world.clock.instant())));
        return world.stores.enrollments.find(draft.id()).orElseThrow();
    }

    private Claim assessedStay(Caller unit, Enrollment e, String planCode, LocalDate admitted) {
        List<Member> inPlan = new ArrayList<>();
        world.stores.members.forEach(e.id(), planCode, inPlan::add);
        Member m = inPlan.get(0);
        List<ClaimDocument> documents = documents(e, ClaimKind.HOSPITAL_STAY);
        Claim claim = filing.file(unit, new ClaimFiling.Request(e.id(), planCode, m.key(), "住院医疗", new ClaimEvent(admitted,
                admitted.plusDays(5), Money.parse("12000"), Money.parse("6700"), Money.parse("5300"), null, null, null, null,
                null, null), m.person().name(), "中国银行", "6222021234567890", "", documents));
        filing.submit(unit, claim.id());
        handling.accept(handler1, claim.id(), null);
        return handling.assess(handler1, claim.id(), null, null);
    }

    @Test
    void anIllnessInsideTheWaitingPeriodIsRefusedOnSubmission() {
        Caller unit = world.newUnit("观察期单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        LocalDate inWaiting = e.settlement().confirmation().effectiveOn().plusDays(30);
        Claim claim = filing.file(unit, illness(e, m, inWaiting, "F01"));
        Claim submitted = filing.submit(unit, claim.id());
        assertThat(submitted.state()).isEqualTo(ClaimState.REFUSED);
        assertThat(submitted.handling().refusal()).isEqualTo(RefusalReason.WAITING_PERIOD);
    }

    @Test
    void twoClaimsOfOneTierAssessedAtOnceArePaidOnce() {
        Caller unit = world.newUnit("并发申领单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Claim claim = filing.file(unit, illness(e, m, today().minusDays(40 + i), "F01"));
            filing.submit(unit, claim.id());
            handling.accept(handler1, claim.id(), null);
            ids.add(claim.id());
        }
        List<CompletableFuture<Claim>> burst = ids.stream()
                .map(id -> CompletableFuture.supplyAsync(() -> handling.assess(handler1, id, null, null))).toList();
        List<Claim> done = burst.stream().map(CompletableFuture::join).toList();
        assertThat(done).filteredOn(c -> c.state() == ClaimState.ASSESSED).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualTo(Money.parse("20000.00")));
        assertThat(done).filteredOn(c -> c.state() == ClaimState.REFUSED).hasSize(3)
                .allSatisfy(c -> assertThat(c.handling().refusal()).isEqualTo(RefusalReason.DUPLICATE));
        assertThat(world.stores.claims.ledger(e.id(), "P0501", m.key()).entries()).hasSize(1);
    }

    private Claim reviewed(Caller unit, Enrollment e, Member m, LocalDate diagnosed, String code) {
        Claim claim = filing.file(unit, illness(e, m, diagnosed, code));
        filing.submit(unit, claim.id());
        handling.accept(handler1, claim.id(), null);
        handling.assess(handler1, claim.id(), null, null);
        return handling.review(handler2, claim.id(), true, null);
    }

    @Test
    void aBatchOfPaymentsPaysEachPayableClaimOnceAndNamesTheOthersInItsOrder() {
        Caller unit = world.newUnit("批量支付单位");
        Enrollment e = coveredLongAgo(unit);
        List<Member> both = new ArrayList<>();
        world.stores.members.forEach(e.id(), "P0501", both::add);
        Member first = both.get(0);
        LocalDate severeOn = today().minusDays(30);
        Claim inSitu = reviewed(unit, e, first, today().minusDays(60), "F30");
        Claim severe = reviewed(unit, e, first, severeOn, "F01");
        Claim other = reviewed(unit, e, both.get(1), today().minusDays(50), "F30");
        Claim notAssessed = filing.submit(unit, filing.file(unit, illness(e, both.get(1), today().minusDays(20), "F01")).id());
        assertThat(List.of(inSitu, severe, other)).extracting(Claim::state).containsOnly(ClaimState.AWAITING_PAYMENT);

        ClaimHandling.BatchPaid batch = handling.payAll(finance, List.of(inSitu.id(), "nosuchclaim", other.id(), severe.id(),
                notAssessed.id(), inSitu.id()), today(), "B-batch");

        assertThat(batch.paid()).isEqualTo(3);
        assertThat(batch.refused()).hasSize(2);
        assertThat(batch.refused().get(0)).isEqualTo("nosuchclaim：申领不存在");
        assertThat(batch.refused().get(1)).startsWith(notAssessed.id() + "：");
        assertThat(world.stores.claims.findAll(List.of(inSitu.id(), severe.id(), other.id(), notAssessed.id())).values())
                .extracting(Claim::id, Claim::state).containsExactlyInAnyOrder(tuple(inSitu.id(), ClaimState.PAID),
                        tuple(severe.id(), ClaimState.PAID), tuple(other.id(), ClaimState.PAID),
                        tuple(notAssessed.id(), ClaimState.SUBMITTED));
        assertThat(world.stores.members.find(e.id(), "P0501", first.key()).orElseThrow().removal().date())
                .as("the 重症 payout ends the plan's cover").isEqualTo(severeOn);
        assertThat(world.stores.members.find(e.id(), "P0501", both.get(1).key()).orElseThrow().removal()).isNull();
        assertThat(world.stores.mails.forEnrollment(e.id())).filteredOn(mail -> mail.kind().equals("CLAIM_PAID")).hasSize(3);
        assertThatThrownBy(() -> handling.payAll(finance, java.util.Arrays.asList(other.id(), null), today(), "B"))
                .extracting("code").isEqualTo("CLAIMS_REQUIRED");
    }

    /** A woman of 女工特病 and 意外伤害 with a 重症 and an 意外身故 claim, both waiting for payment. */
    private record SeverelyIllThenDead(Enrollment enrollment, Member member, Claim severe, LocalDate severeOn, Claim death,
            LocalDate diedOn) {
    }

    private SeverelyIllThenDead severelyIllThenDead(String unitName) {
        world.stores.catalog.saveBenefits(new PlanBenefits("P0401", null, null, new AccidentFigures(Money.parse("20000"),
                Money.parse("20000"), new MedicalFigures(Money.parse("100"), new BigDecimal("80"), Money.parse("5000"))), true));
        Caller unit = world.newUnit(unitName);
        Enrollment e = backdated(confirmedIn(unit, List.of("P0501", "P0401"), World.women(1).get(0)));
        Member member = firstMember(e);
        LocalDate severeOn = today().minusDays(30);
        LocalDate diedOn = today().minusDays(20);
        Claim severe = reviewed(unit, e, member, severeOn, "F01");
        Claim death = filing.file(unit, new ClaimFiling.Request(e.id(), "P0401", member.key(), "意外身故", new ClaimEvent(null,
                null, null, null, null, null, null, diedOn.minusDays(3), "交通事故", null, diedOn), "李四", "中国银行",
                "6222021234567890", "配偶", documents(e, ClaimKind.ACCIDENT_DEATH)));
        filing.submit(unit, death.id());
        handling.accept(handler1, death.id(), null);
        handling.assess(handler1, death.id(), null, null);
        assertThat(handling.review(handler2, death.id(), true, null).state()).isEqualTo(ClaimState.AWAITING_PAYMENT);
        return new SeverelyIllThenDead(e, member, severe, severeOn, death, diedOn);
    }

    @Test
    void aDeathAndASeverePayoutOfOnePersonInOneBatchEachEndTheirCover() {
        SeverelyIllThenDead person = severelyIllThenDead("身故重症单位");

        ClaimHandling.BatchPaid batch = handling.payAll(finance, List.of(person.severe().id(), person.death().id()), today(),
                "B-both");

        assertThat(batch.refused()).isEmpty();
        assertThat(batch.paid()).isEqualTo(2);
        Enrollment e = person.enrollment();
        assertThat(world.stores.members.find(e.id(), "P0501", person.member().key()).orElseThrow().removal())
                .as("the 重症, paid first, ends the 女工特病 cover from the diagnosis")
                .extracting(r -> r.reason(), r -> r.date()).containsExactly(RemovalReason.SEVERE_ILLNESS_PAID, person.severeOn());
        assertThat(world.stores.members.find(e.id(), "P0401", person.member().key()).orElseThrow().removal())
                .extracting(r -> r.reason(), r -> r.date()).containsExactly(RemovalReason.DECEASED, person.diedOn());
    }

    @Test
    void aDeathAndASeverePayoutOfOnePersonPaidAtOnceByTwoRequestsEachEndTheirCover() {
        SeverelyIllThenDead person = severelyIllThenDead("同时支付单位");
        Caller otherFinance = new Caller("finance-b", Role.FINANCE, null, "1503");

        List<CompletableFuture<Claim>> paying = List.of(
                CompletableFuture.supplyAsync(() -> handling.pay(finance, person.severe().id(), today(), "B-1")),
                CompletableFuture.supplyAsync(() -> handling.pay(otherFinance, person.death().id(), today(), "B-2")));

        assertThat(paying.stream().map(CompletableFuture::join)).extracting(Claim::state).containsOnly(ClaimState.PAID);
        // whichever payout ended the 女工特病 membership first stays (a membership already ended is left as it is)
        Enrollment e = person.enrollment();
        assertThat(world.stores.members.find(e.id(), "P0501", person.member().key()).orElseThrow().removal())
                .extracting(r -> tuple(r.reason(), r.date())).isIn(tuple(RemovalReason.SEVERE_ILLNESS_PAID, person.severeOn()),
                        tuple(RemovalReason.DECEASED, person.diedOn()));
        assertThat(world.stores.members.find(e.id(), "P0401", person.member().key()).orElseThrow().removal())
                .extracting(r -> r.reason(), r -> r.date()).containsExactly(RemovalReason.DECEASED, person.diedOn());
    }

    /** The stored members, except that the first removal written fails as a lost connection would. */
    private MemberStore failingOnce(MemberStore stored) {
        AtomicBoolean failed = new AtomicBoolean();
        return (MemberStore) Proxy.newProxyInstance(MemberStore.class.getClassLoader(), new Class<?>[] {MemberStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("changeRemovals") && failed.compareAndSet(false, true)) {
                        throw new UncheckedIOException(new IOException("connection reset"));
                    }
                    try {
                        return method.invoke(stored, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aPayoutStoppedBeforeItsCoverEndedIsNotPaidUntilPaidAgain() {
        Caller unit = world.newUnit("支付中断单位");
        Enrollment e = coveredLongAgo(unit);
        Member m = firstMember(e);
        LocalDate diagnosed = today().minusDays(30);
        Claim severe = reviewed(unit, e, m, diagnosed, "F01");
        ClaimHandling interrupted = handling(new Removals(new EnrollmentAccess(world.stores.enrollments),
                failingOnce(world.stores.members), world.stores.changes, world.stores.coverage, world.ids, world.clock));

        assertThatThrownBy(() -> interrupted.pay(finance, severe.id(), today(), "B-1")).isInstanceOf(UncheckedIOException.class);
        assertThat(world.stores.claims.find(severe.id()).orElseThrow().state()).as("not stored as paid while its cover runs")
                .isEqualTo(ClaimState.AWAITING_PAYMENT);
        assertThat(world.stores.members.find(e.id(), "P0501", m.key()).orElseThrow().removal()).isNull();

        assertThat(handling.pay(finance, severe.id(), today(), "B-1").state()).isEqualTo(ClaimState.PAID);
        assertThat(world.stores.members.find(e.id(), "P0501", m.key()).orElseThrow().removal())
                .extracting(r -> r.reason(), r -> r.date()).containsExactly(RemovalReason.SEVERE_ILLNESS_PAID, diagnosed);
    }
}
