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
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.claim.ClaimView;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.common.BusinessDay;

/** Builds the claims function's use cases from its environment, once per container. */
final class ClaimsWiring {
    final ClaimFiling filing;
    final ClaimHandling handling;
    final ClaimDocuments documents;
    private final Clock clock;

    ClaimsWiring(Env env) {
        clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        Ids ids = new Ids(clock);
        filing = new ClaimFiling(stores.enrollments, stores.members, stores.claims, stores.attachments, stores.catalog,
                stores.sequences, stores.settings, ids, clock);
        UnitNotifier notifier = new UnitNotifier(Mailers.create(aws), stores.mails, stores.units, stores.settings, ids, clock);
        documents = new ClaimDocuments(stores.attachments, S3FileStore.create(aws));
        Removals removals = new Removals(new EnrollmentAccess(stores.enrollments), stores.members, stores.changes,
                stores.coverage, ids, clock);
        handling = new ClaimHandling(stores.claims, stores.members, stores.catalog, stores.settings, notifier, removals, clock);
    }

    /** A claim as its unit sees it, working days counted to today in Beijing. */
    ClaimView unitView(Claim claim) {
        return ClaimView.forUnit(BusinessDay.today(clock), handling.claimSettings(claim.member().orgCode()), claim);
    }

    /** A claim as the office sees it, with its breakdown and internal steps. */
    ClaimView officeView(Claim claim) {
        return ClaimView.forOffice(BusinessDay.today(clock), handling.claimSettings(claim.member().orgCode()), claim);
    }
}
