package cn.huzhu.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import cn.huzhu.adapter.EnrollmentServices;
import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.adapter.ses.SesMailer;
import cn.huzhu.api.Env;
import cn.huzhu.app.Ids;
import cn.huzhu.app.catalog.CatalogAdmin;
import cn.huzhu.app.enrollment.Attachments;
import cn.huzhu.app.enrollment.CreateEnrollment;
import cn.huzhu.app.enrollment.EditEnrollment;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.enrollment.EnrollmentLifecycle;
import cn.huzhu.app.enrollment.MemberEditing;
import cn.huzhu.app.invoice.InvoiceEntry;
import cn.huzhu.domain.invoice.InvoiceForm;
import cn.huzhu.app.payment.CoverageRecorder;
import cn.huzhu.app.payment.FulfilmentJobs;
import cn.huzhu.app.payment.PaymentConfirmation;
import cn.huzhu.app.port.Mailer;
import cn.huzhu.app.review.ReviewDecision;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.app.unit.UnitAdmin;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.unit.Unit;

/**
 * The use cases wired to the real adapters over the emulators, as the functions wire them, for application-level
 * tests. Each test makes its own units and enrollments, so tests never see each other's data.
 */
public final class World {
    public final Clock clock = Clock.systemUTC();
    public final Env env = TestAws.all();
    public final AwsSettings aws = new AwsSettings(env);
    public final DynamoStores stores = DynamoStores.create(aws, clock);
    public final S3FileStore files = S3FileStore.create(aws);
    public final PersonKeys keys = new PersonKeys(TestAws.keys("PERSON_KEYS"));
    public final EnrollmentServices services = new EnrollmentServices(stores, files, keys, clock);
    public final Ids ids = services.ids;
    public final EnrollmentAccess access = services.access;
    public final EnrollmentEditor editor = services.editor;
    public final CreateEnrollment.PlanChoice planChoice = new CreateEnrollment.PlanChoice(stores.catalog, stores.members);
    public final CreateEnrollment create = new CreateEnrollment(stores.enrollments, stores.units, planChoice,
            stores.sequences, stores.settings, ids, clock);
    public final EditEnrollment edit = new EditEnrollment(editor, planChoice, stores.members, clock);
    public final EnrollmentLifecycle lifecycle = services.lifecycle;
    public final MemberEditing members = services.members;
    public final RosterUploads uploads = services.uploads;
    public final Attachments attachments = services.attachments;
    public final CatalogAdmin catalog = new CatalogAdmin(stores.catalog);
    public final UnitAdmin unitAdmin = new UnitAdmin(stores.units, stores.accounts, PasswordHasher.owasp(), ids);
    public final Caller reviewer = new Caller("reviewer-test", Role.REVIEWER, null, "1503");
    public final Caller finance = new Caller("finance-test", Role.FINANCE, null, "1503");

    public World() {
        Catalogs.ensureIn(stores.catalog);
    }

    public ReviewDecision decisions(Mailer mailer) {
        UnitNotifier notifier = new UnitNotifier(mailer, stores.mails, stores.units, stores.settings, ids, clock);
        return new ReviewDecision(lifecycle, notifier, access, stores.mails);
    }

    public ReviewDecision decisions() {
        return decisions(SesMailer.create(aws));
    }

    public InvoiceEntry invoicing(Mailer mailer) {
        UnitNotifier notifier = new UnitNotifier(mailer, stores.mails, stores.units, stores.settings, ids, clock);
        return new InvoiceEntry(stores.enrollments, lifecycle, stores.sequences, stores.settings, stores.receipts,
                stores.invoices, stores.units, notifier, ids, clock);
    }

    public InvoiceEntry invoicing() {
        return invoicing(SesMailer.create(aws));
    }

    public PaymentConfirmation payments() {
        UnitNotifier notifier = new UnitNotifier(SesMailer.create(aws), stores.mails, stores.units, stores.settings, ids, clock);
        return new PaymentConfirmation(stores.enrollments, stores.invoices, stores.serials, stores.settings,
                new CheckCodes(TestAws.keys("RECEIPT_KEYS")), notifier, new FulfilmentJobs(files), ids, clock);
    }

    /** A fresh unit of org 1503 with a contact address unique to it, and its operator. */
    public Caller newUnit(String name) {
        return newUnit(name, "1503");
    }

    /** A fresh unit of an org, and its operator. */
    public Caller newUnit(String name, String orgCode) {
        String id = "u-" + UUID.randomUUID();
        stores.units.create(new Unit(id, orgCode, name, "企业", name + "工会", false, "山东", "青岛市", "市南区", "香港中路1号",
                "联系人", "0532-80000000", "13800000000", id + "@example.com", "", null));
        return new Caller("op-" + id, Role.UNIT, id, orgCode);
    }

    public String emailOf(Caller unit) {
        return unit.unitId() + "@example.com";
    }

    public Enrollment draft(Caller unit, String... planCodes) {
        List<CreateEnrollment.PlanRequest> plans = Arrays.stream(planCodes)
                .map(code -> new CreateEnrollment.PlanRequest(code, 1)).toList();
        return create.create(unit, new CreateEnrollment.Request(false, plans));
    }

    /**
     * Women of working age for the 女工特病 plan with valid ID numbers, never the same person twice in a test JVM (the
     * emulators keep everyone's coverage for the whole run).
     */
    public static List<Person> women(int count) {
        int first = PEOPLE.getAndAdd(count);
        return java.util.stream.IntStream.range(first, first + count).mapToObj(i -> {
            LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(i % 9000);
            return new Person(name("女工", i), IdDocumentType.RESIDENT_ID, TestIds.woman(birth, i / 9000), Gender.FEMALE, birth, "",
                    Occupation.GENERAL, "");
        }).toList();
    }

    private static final java.util.concurrent.atomic.AtomicInteger PEOPLE = new java.util.concurrent.atomic.AtomicInteger();

    /** A name without digits (rosters refuse those): 女工 + the index in Chinese numerals, e.g. 女工一二. */
    public static String name(String prefix, int index) {
        StringBuilder name = new StringBuilder(prefix);
        Integer.toString(index).chars().forEach(c -> name.append("零一二三四五六七八九".charAt(c - '0')));
        return name.toString();
    }

    /**
     * An approved enrollment of one plan whose named members are these persons, stored as an import stores them (the
     * persons' keys, coverage from tomorrow), submitted by the unit and approved by the reviewer.
     */
    public Enrollment approved(Caller unit, String planCode, int shares, List<Person> persons) {
        Enrollment draft = create.create(unit, new CreateEnrollment.Request(false,
                List.of(new CreateEnrollment.PlanRequest(planCode, shares))));
        LocalDate tomorrow = cn.huzhu.domain.common.BusinessDay.today(clock).plusDays(1);
        stores.members.putAll(persons.stream().map(p -> new Member(draft.id(), planCode, keys.of(p.idType(), p.idNumber()), p,
                tomorrow, null, "", clock.instant())).toList());
        edit.updateDetails(unit, draft.id(), new EditEnrollment.Details(false, persons.size(), persons.size(), ""));
        lifecycle.submit(unit, draft.id());
        return lifecycle.approve(new Caller(reviewer.username(), Role.REVIEWER, null, unit.orgCode()), draft.id()).enrollment();
    }

    /**
     * Women approved in 女工特病 (P0501) with 2 shares, paid by one 会员自付 invoice of 50 元 a person, confirmed by
     * finance today, and their cover recorded as the fulfilment records it (its receipts left out).
     */
    public Enrollment confirmedWomen(Caller unit, List<Person> women) {
        return confirmed(unit, "P0501", 2, 50, women);
    }

    /**
     * Persons approved in one plan with these shares, paid by one 会员自付 invoice of {@code payableEach} 元 a person,
     * confirmed by finance today, and their cover recorded as the fulfilment records it (its receipts left out).
     */
    public Enrollment confirmed(Caller unit, String planCode, int shares, int payableEach, List<Person> persons) {
        Enrollment e = approved(unit, planCode, shares, persons);
        InvoiceEntry entry = invoicing();
        entry.add(unit, e.id(), new InvoiceForm("会员自付", "某工会", null, "", null, "a@b.cn", "",
                List.of(new InvoiceForm.Line(planCode, persons.size(), Integer.toString(payableEach), "")), null));
        entry.submit(unit, e.id());
        payments().confirm(new Caller(finance.username(), Role.FINANCE, null, unit.orgCode()), e.id(),
                new PaymentConfirmation.Form(Integer.toString(payableEach * persons.size()),
                cn.huzhu.domain.common.BusinessDay.today(clock), "B"));
        int covered = new CoverageRecorder(stores.members, stores.coverage, editor, stores.settings, stores.changes)
                .record(stores.enrollments.find(e.id()).orElseThrow(), () -> { });
        editor.system(e.id(), done -> done.recordFulfilment(
                cn.huzhu.domain.enrollment.Fulfilment.done(0, covered, clock.instant())));
        return stores.enrollments.find(e.id()).orElseThrow();
    }

    /** A draft with nothing missing for 完成: one plan with two anonymous members, the employee counts filled in. */
    public Enrollment readyToSubmit(Caller unit) {
        Enrollment enrollment = draft(unit, "P0101");
        edit.setAnonymousCount(unit, enrollment.id(), "P0101", 2);
        return edit.updateDetails(unit, enrollment.id(), new EditEnrollment.Details(false, 2, 1, ""));
    }
}
