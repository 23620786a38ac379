package cn.huzhu.review;

import java.time.Clock;

import cn.huzhu.adapter.EnrollmentServices;
import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.adapter.Mailers;
import cn.huzhu.api.Env;
import cn.huzhu.app.catalog.CatalogAdmin;
import cn.huzhu.app.enrollment.RenewalReminders;
import cn.huzhu.app.review.ReviewDecision;
import cn.huzhu.app.review.ReviewQueries;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.settings.SettingsAdmin;
import cn.huzhu.app.unit.UnitAdmin;
import cn.huzhu.app.view.ToDos;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.identity.PersonKeys;

/** Builds the office function's use cases from its environment, once per container. */
final class OfficeWiring {
    final EnrollmentServices services;
    final ReviewQueries queries;
    final ReviewDecision decisions;
    final CatalogAdmin catalog;
    final UnitAdmin units;
    final SettingsAdmin settings;
    final ToDos todos;
    final RenewalReminders reminders;

    OfficeWiring(Env env) {
        Clock clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        services = new EnrollmentServices(stores, S3FileStore.create(aws), new PersonKeys(SecretKeyRing.of(aws, "PERSON_KEYS", "the person key ring")),
                clock);
        queries = new ReviewQueries(stores.enrollments, services.profiles, services.uploads, services.attachments);
        UnitNotifier notifier = new UnitNotifier(Mailers.create(aws), stores.mails, stores.units, stores.settings,
                services.ids, clock);
        decisions = new ReviewDecision(services.lifecycle, notifier, services.access, stores.mails);
        catalog = new CatalogAdmin(stores.catalog);
        units = new UnitAdmin(stores.units, stores.accounts, PasswordHasher.owasp(), services.ids);
        settings = new SettingsAdmin(stores.settings);
        todos = new ToDos(stores.enrollments, stores.arrivals, stores.corrections, stores.settings, clock);
        reminders = new RenewalReminders(stores.enrollments, stores.settings, notifier, stores.idempotency, clock);
    }
}
