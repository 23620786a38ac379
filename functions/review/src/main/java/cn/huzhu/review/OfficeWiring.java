package cn.huzhu.review;

import java.time.Clock;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.adapter.ses.SesMailer;
import cn.huzhu.api.Env;
import cn.huzhu.app.Ids;
import cn.huzhu.app.catalog.CatalogAdmin;
import cn.huzhu.app.catalog.CatalogView;
import cn.huzhu.app.enrollment.Attachments;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.enrollment.EnrollmentLifecycle;
import cn.huzhu.app.enrollment.MemberEditing;
import cn.huzhu.app.review.ReviewDecision;
import cn.huzhu.app.review.ReviewQueries;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.app.settings.SettingsAdmin;
import cn.huzhu.app.unit.UnitAdmin;
import cn.huzhu.app.unit.UnitProfile;
import cn.huzhu.domain.account.PasswordHasher;

/** Builds the office function's use cases from its environment, once per container. */
final class OfficeWiring {
    final ReviewQueries queries;
    final ReviewDecision decisions;
    final MemberEditing members;
    final RosterUploads uploads;
    final Attachments attachments;
    final CatalogView catalogView;
    final CatalogAdmin catalog;
    final UnitAdmin units;
    final SettingsAdmin settings;

    OfficeWiring(Env env) {
        Clock clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        S3FileStore files = S3FileStore.create(aws);
        Ids ids = new Ids(clock);
        EnrollmentAccess access = new EnrollmentAccess(stores.enrollments);
        uploads = new RosterUploads(access, stores.batches, files, stores.settings, ids, clock);
        attachments = new Attachments(access, stores.attachments, files, stores.settings, ids, clock);
        UnitProfile profiles = new UnitProfile(stores.units, stores.settings);
        queries = new ReviewQueries(stores.enrollments, profiles, uploads, attachments);
        UnitNotifier notifier = new UnitNotifier(SesMailer.create(aws), stores.mails, stores.units, stores.settings, ids,
                clock);
        decisions = new ReviewDecision(new EnrollmentLifecycle(stores.enrollments, stores.batches, clock), notifier,
                access, stores.mails);
        members = new MemberEditing(access, new EnrollmentEditor(stores.enrollments), stores.members, stores.coverage,
                clock);
        catalogView = new CatalogView(stores.catalog);
        catalog = new CatalogAdmin(stores.catalog);
        units = new UnitAdmin(stores.units, stores.accounts, PasswordHasher.owasp(), ids);
        settings = new SettingsAdmin(stores.settings);
    }
}
