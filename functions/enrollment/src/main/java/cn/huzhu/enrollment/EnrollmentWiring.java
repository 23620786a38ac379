package cn.huzhu.enrollment;

import java.time.Clock;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.app.Ids;
import cn.huzhu.app.catalog.CatalogView;
import cn.huzhu.app.enrollment.Attachments;
import cn.huzhu.app.enrollment.CreateEnrollment;
import cn.huzhu.app.enrollment.EditEnrollment;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.enrollment.EnrollmentLifecycle;
import cn.huzhu.app.enrollment.EnrollmentQueries;
import cn.huzhu.app.enrollment.MemberEditing;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.app.unit.UnitProfile;

/** Builds the enrollment function's use cases from its environment, once per container. */
final class EnrollmentWiring {
    final CatalogView catalog;
    final CreateEnrollment create;
    final EditEnrollment edit;
    final EnrollmentQueries queries;
    final EnrollmentLifecycle lifecycle;
    final MemberEditing members;
    final RosterUploads uploads;
    final Attachments attachments;
    final UnitProfile profile;

    EnrollmentWiring(Env env) {
        Clock clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        S3FileStore files = S3FileStore.create(aws);
        Ids ids = new Ids(clock);
        EnrollmentAccess access = new EnrollmentAccess(stores.enrollments);
        EnrollmentEditor editor = new EnrollmentEditor(stores.enrollments);
        CreateEnrollment.PlanChoice planChoice = new CreateEnrollment.PlanChoice(stores.catalog, stores.members);
        catalog = new CatalogView(stores.catalog);
        create = new CreateEnrollment(stores.enrollments, stores.units, planChoice, stores.sequences, stores.settings,
                ids, clock);
        edit = new EditEnrollment(editor, planChoice, stores.members);
        queries = new EnrollmentQueries(stores.enrollments);
        lifecycle = new EnrollmentLifecycle(stores.enrollments, stores.batches, clock);
        members = new MemberEditing(access, editor, stores.members, stores.coverage, clock);
        uploads = new RosterUploads(access, stores.batches, files, stores.settings, ids, clock);
        attachments = new Attachments(access, stores.attachments, files, stores.settings, ids, clock);
        profile = new UnitProfile(stores.units, stores.settings);
    }
}
