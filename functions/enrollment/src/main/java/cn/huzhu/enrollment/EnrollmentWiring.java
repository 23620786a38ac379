package cn.huzhu.enrollment;

import java.time.Clock;

import cn.huzhu.adapter.EnrollmentServices;
import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.app.view.ToDos;
import cn.huzhu.app.change.Additions;
import cn.huzhu.app.enrollment.CreateEnrollment;
import cn.huzhu.app.enrollment.EditEnrollment;
import cn.huzhu.app.enrollment.EnrollmentQueries;
import cn.huzhu.app.enrollment.RenewEnrollment;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.domain.identity.PersonKeys;

/** Builds the enrollment function's use cases from its environment, once per container. */
final class EnrollmentWiring {
    final EnrollmentServices services;
    final CreateEnrollment create;
    final EditEnrollment edit;
    final EnrollmentQueries queries;
    final RenewEnrollment renew;
    final ToDos todos;
    final Additions additions;

    EnrollmentWiring(Env env) {
        Clock clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        FileStore files = S3FileStore.create(aws);
        services = new EnrollmentServices(stores, files, new PersonKeys(SecretKeyRing.of(aws, "PERSON_KEYS", "the person key ring")),
                clock);
        CreateEnrollment.PlanChoice planChoice = new CreateEnrollment.PlanChoice(stores.catalog, stores.members);
        create = new CreateEnrollment(stores.enrollments, stores.units, planChoice, stores.sequences, stores.settings,
                services.ids, clock);
        edit = new EditEnrollment(services.editor, planChoice, stores.members, clock);
        queries = new EnrollmentQueries(stores.enrollments);
        renew = new RenewEnrollment(stores.enrollments, planChoice, stores.batches, stores.sequences, stores.settings,
                files, services.ids, clock);
        additions = new Additions(stores.enrollments, stores.sequences, stores.settings, services.ids, clock);
        todos = new ToDos(stores.enrollments, stores.arrivals, stores.corrections, stores.settings, clock);
    }
}
