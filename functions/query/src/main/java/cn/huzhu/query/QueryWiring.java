package cn.huzhu.query;

import java.time.Clock;
import java.time.Duration;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.app.auth.CaptchaCheck;
import cn.huzhu.app.query.ChangeRecords;
import cn.huzhu.app.query.CoverageQueries;
import cn.huzhu.app.query.PublicCoverageLookup;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.identity.PersonKeys;

/** Builds the query function's use cases from its environment, once per container. */
final class QueryWiring {
    /** As long as the auth function's captcha pictures live. */
    static final Duration CAPTCHA_LIFETIME = Duration.ofMinutes(5);

    final CoverageQueries coverage;
    final PublicCoverageLookup publicLookup;
    final ChangeRecords changes;

    QueryWiring(Env env) {
        Clock clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        PersonKeys keys = new PersonKeys(SecretKeyRing.of(aws, "PERSON_KEYS", "the person key ring"));
        coverage = new CoverageQueries(stores.enrollments, stores.members, stores.claims, keys, clock);
        CaptchaCheck captcha = new CaptchaCheck(new CaptchaChallenge(SecretKeyRing.of(aws, "TOKEN_KEYS", "the token key ring"),
                CAPTCHA_LIFETIME), stores.nonces);
        publicLookup = new PublicCoverageLookup(coverage, captcha, stores.rateLimiter, stores.lookups, stores.settings, keys,
                env.get("DEFAULT_ORG_CODE", "1503"), clock);
        changes = new ChangeRecords(stores.changes);
    }
}
