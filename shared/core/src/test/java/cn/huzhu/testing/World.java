package cn.huzhu.testing;

import java.time.Clock;
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
import cn.huzhu.app.port.Mailer;
import cn.huzhu.app.review.ReviewDecision;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.app.unit.UnitAdmin;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.identity.PersonKeys;
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
    public final PersonKeys keys = new PersonKeys(env.require("PERSON_KEY_SECRET"));
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

    /** A fresh unit of org 1503 with a contact address unique to it, and its operator. */
    public Caller newUnit(String name) {
        String id = "u-" + UUID.randomUUID();
        stores.units.create(new Unit(id, "1503", name, "企业", name + "工会", false, "山东", "青岛市", "市南区", "香港中路1号",
                "联系人", "0532-80000000", "13800000000", id + "@example.com", null));
        return new Caller("op-" + id, Role.UNIT, id, "1503");
    }

    public String emailOf(Caller unit) {
        return unit.unitId() + "@example.com";
    }

    public Enrollment draft(Caller unit, String... planCodes) {
        List<CreateEnrollment.PlanRequest> plans = Arrays.stream(planCodes)
                .map(code -> new CreateEnrollment.PlanRequest(code, 1)).toList();
        return create.create(unit, new CreateEnrollment.Request(false, plans));
    }

    /** A draft with nothing missing for 完成: one plan with two anonymous members, the employee counts filled in. */
    public Enrollment readyToSubmit(Caller unit) {
        Enrollment enrollment = draft(unit, "P0101");
        edit.setAnonymousCount(unit, enrollment.id(), "P0101", 2);
        return edit.updateDetails(unit, enrollment.id(), new EditEnrollment.Details(false, 2, 1, ""));
    }
}
