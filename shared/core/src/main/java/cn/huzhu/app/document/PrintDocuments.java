package cn.huzhu.app.document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.huzhu.api.Json;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.port.ChangeLog;
import cn.huzhu.app.port.DocumentPrinter;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.SequenceStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.receipt.VerificationLink;
import cn.huzhu.app.view.ConfirmationRow;
import cn.huzhu.app.view.NoticeRow;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.document.NoticeContent;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.settings.Settings;

/**
 * 缴费通知单打印 and 确认书打印: the unit's lists, and each print. A document is drawn from its content, stored in the
 * generated-files bucket under the hash of that content and handed out by a short-lived link, so the same document
 * asked for twice is printed once; every print is counted.
 */
public final class PrintDocuments {
    /** Part of every document's hash: a change of layout prints documents again. */
    static final String LAYOUT = "2026-12-2";
    private static final Duration LINK_LIFETIME = Duration.ofMinutes(5);

    private final EnrollmentStore enrollments;
    private final EnrollmentAccess access;
    private final EnrollmentEditor editor;
    private final MemberStore members;
    private final ChangeLog changes;
    private final SettingsStore settings;
    private final SequenceStore sequences;
    private final FileStore files;
    private final DocumentPrinter printer;
    private final CheckCodes checkCodes;
    private final VerificationLink links;
    private final Clock clock;

    public record NoticeFilter(String applicationNo, DateRange entered, String businessType, String cursor, int limit) {
    }

    public record ConfirmationFilter(String confirmationNo, DateRange confirmed, DateRange effective, Boolean printed,
            String cursor, int limit) {
    }

    /** A printed document: where to fetch it, and how often it has been printed now. */
    public record Printed(String url, int printCount) {
    }

    public PrintDocuments(EnrollmentStore enrollments, MemberStore members, ChangeLog changes, SettingsStore settings,
            SequenceStore sequences, FileStore files, DocumentPrinter printer, CheckCodes checkCodes,
            VerificationLink links, Clock clock) {
        this.changes = changes;
        this.enrollments = enrollments;
        this.access = new EnrollmentAccess(enrollments);
        this.editor = new EnrollmentEditor(enrollments);
        this.members = members;
        this.settings = settings;
        this.sequences = sequences;
        this.files = files;
        this.printer = printer;
        this.checkCodes = checkCodes;
        this.links = links;
        this.clock = clock;
    }

    public Page<NoticeRow> notices(Caller caller, NoticeFilter filter) {
        BusinessType type = BusinessType.filter(filter.businessType());
        return enrollments.forUnit(new EnrollmentStore.UnitQuery(caller.unitId(), EnrollmentState.APPROVED_OR_LATER, type, filter.applicationNo(),
                filter.entered(), null, null, null, null, filter.cursor(), filter.limit())).map(NoticeRow::of);
    }

    public Page<ConfirmationRow> confirmations(Caller caller, ConfirmationFilter filter) {
        return enrollments.forUnit(new EnrollmentStore.UnitQuery(caller.unitId(), Set.of(EnrollmentState.CONFIRMED), null,
                null, null, filter.confirmationNo(), filter.confirmed(), filter.effective(), filter.printed(),
                filter.cursor(), filter.limit())).map(ConfirmationRow::of);
    }

    /** 打印缴费通知单: the first print gives the notice its 缴款识别码. */
    public Printed printNotice(Caller caller, String enrollmentId) {
        Enrollment current = access.load(caller, enrollmentId);
        String reference = current.settlement().notice() != null ? null : newReference(current);
        Enrollment printed = editor.edit(caller, enrollmentId, e -> e.noticePrinted(reference, clock.instant()));
        NoticeContent content = NoticeContent.of(printed, settings.get(printed.orgCode()),
                printed.settlement().notice().reference());
        URI url = stored("notices", printed.id(), content, () -> printer.notice(content), "application/pdf",
                "缴费通知单_" + printed.applicationNo() + ".pdf");
        return new Printed(url.toString(), printed.settlement().notice().printCount());
    }

    /**
     * A fresh 缴款识别码 reserved for this enrollment. A sequence number taken for a notice that another print of the
     * same enrollment then numbered first is only skipped: references need not be gap-free. A reference already held
     * (possible once the key changed) is passed over.
     */
    private String newReference(Enrollment e) {
        while (true) {
            String reference = checkCodes.paymentReference(sequences.next("notice-" + e.orgCode()));
            if (enrollments.claimPaymentReference(reference, e.id())) {
                return reference;
            }
        }
    }

    /** 打印确认书, after the unit checked its member list. */
    public Printed printConfirmation(Caller caller, String enrollmentId) {
        Enrollment printed = editor.edit(caller, enrollmentId, e -> e.confirmationPrinted(clock.instant()));
        URI url = storedConfirmation(printed, "confirmations", printer::confirmation, "application/pdf",
                "确认书_" + printed.settlement().confirmation().number() + ".pdf");
        return new Printed(url.toString(), printed.settlement().confirmation().printCount());
    }

    /** 确认书人员清单下载 (.xlsx), with the same masked member list the 确认书 prints. */
    public URI memberList(Caller caller, String enrollmentId) {
        Enrollment e = access.load(caller, enrollmentId);
        e.requireConfirmation();
        return storedConfirmation(e, "member-lists", printer::memberList,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "确认书人员清单_" + e.settlement().confirmation().number() + ".xlsx");
    }

    /**
     * Everything a 确认书 is made from but its members, which change once the enrollment is confirmed only when the
     * fulfilment fixes their cover (its state and time are in here) or a 减员 leaves one out (counted in
     * {@code memberChanges}): the same inputs, the same file.
     */
    private record ConfirmationInputs(String layout, String enrollmentId, String applicationNo, String unitName,
            ConfirmationContent.Facts facts, String checkCode, String verificationUrl, String orgName, String payee,
            List<String> plans, String fulfilment, long memberChanges) {
    }

    /**
     * The stored file for a confirmation's current inputs; only when none is stored yet are the members read and the
     * file made. A second print reads no member.
     */
    private URI storedConfirmation(Enrollment e, String kind, Function<ConfirmationContent, byte[]> print, String type,
            String fileName) {
        ConfirmationContent.Facts facts = ConfirmationContent.Facts.of(e);
        String check = checkCodes.confirmation(facts);
        String url = links.confirmation(facts.number(), check);
        Settings office = settings.get(e.orgCode());
        ConfirmationInputs inputs = new ConfirmationInputs(LAYOUT, e.id(), e.applicationNo(), e.unitName(), facts, check, url,
                office.org().name(), office.payee().accountName(), e.plans().stream().map(plan -> plan.code() + "|"
                + plan.plan().name() + "|" + plan.chosen().activityName() + "|" + plan.shares() + "|" + plan.persons() + "|"
                + plan.anonymousCount() + "|" + plan.fees().payable() + "|" + plan.plan().termMonths()).toList(),
                String.valueOf(e.settlement().fulfilment()), changes.count(e.id()));
        return stored(kind, e.id(), inputs, () -> print.apply(confirmation(e, office, check, url)), type, fileName);
    }

    private ConfirmationContent confirmation(Enrollment e, Settings office, String check, String url) {
        Map<String, List<Member>> byPlan = new LinkedHashMap<>();
        for (EnrollmentPlan plan : e.plans()) {
            List<Member> named = new ArrayList<>();
            members.forEach(e.id(), plan.code(), named::add);
            byPlan.put(plan.code(), named);
        }
        String originNumber = e.businessType() != BusinessType.ADDITION ? null : enrollments.find(e.origin())
                .map(origin -> origin.settlement().confirmation().number()).orElse(null);
        return ConfirmationContent.of(e, office.org().name(), byPlan, check, url, office.payee().accountName(),
                originNumber);
    }

    /** The file made from these inputs, printed only if no file of the same inputs is stored yet. */
    private URI stored(String kind, String enrollmentId, Object inputs, Supplier<byte[]> print, String type,
            String fileName) {
        String key = "documents/" + kind + "/" + enrollmentId + "/" + hash(inputs) + extension(fileName);
        if (files.size(Bucket.GENERATED, key).isEmpty()) {
            files.put(Bucket.GENERATED, key, print.get(), type);
        }
        return files.presignDownload(Bucket.GENERATED, key, fileName, LINK_LIFETIME);
    }

    private static String extension(String fileName) {
        return fileName.substring(fileName.lastIndexOf('.'));
    }

    static String hash(Object content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LAYOUT.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(Json.bytes(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
