package cn.huzhu.claims;

import java.time.Clock;

import cn.huzhu.adapter.Mailers;
import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.app.Ids;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.app.change.Removals;
import cn.huzhu.app.claim.ClaimDocuments;
import cn.huzhu.app.claim.ClaimFiling;
import cn.huzhu.app.claim.ClaimHandling;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.CatalogStore;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.domain.claim.ClaimRules;
import cn.huzhu.domain.common.BusinessDay;

/** Builds the claims function's use cases from its environment, once per container. */
final class ClaimsWiring {
    final ClaimFiling filing;
    final ClaimHandling handling;
    final CatalogStore catalog;
    final ClaimDocuments documents;
    private final Clock clock;

    ClaimsWiring(Env env) {
        clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        Ids ids = new Ids(clock);
        filing = new ClaimFiling(stores.enrollments, stores.members, stores.claims, stores.attachments, stores.sequences,
                ClaimRules.DEFAULT,
                ids, clock);
        UnitNotifier notifier = new UnitNotifier(Mailers.create(aws), stores.mails, stores.units, stores.settings, ids, clock);
        catalog = stores.catalog;
        documents = new ClaimDocuments(stores.attachments, S3FileStore.create(aws));
        Removals removals = new Removals(new EnrollmentAccess(stores.enrollments), stores.members, stores.changes,
                stores.coverage, ids, clock);
        handling = new ClaimHandling(stores.claims, stores.catalog, ClaimRules.DEFAULT, notifier, removals, clock);
    }

    /** Today in Beijing, which working days and 超时 are counted to. */
    java.time.LocalDate today() {
        return BusinessDay.today(clock);
    }
}
