package cn.huzhu.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import cn.huzhu.adapter.Mailers;
import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.Configured;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.api.Log;
import cn.huzhu.app.Ids;
import cn.huzhu.app.claim.UnansweredReturns;
import cn.huzhu.app.enrollment.RenewalReminders;
import cn.huzhu.app.review.UnitNotifier;

/**
 * The daily schedule's work for the office's org (DEFAULT_ORG_CODE): 续保提醒, and closing claims left 退回补正 too
 * long. The event carries nothing it needs: a duplicate delivery, or the office's 立即执行 the same day, sends nothing
 * twice.
 */
public final class RenewalReminderHandler implements RequestStreamHandler {
    private final Configured<Wiring> wiring;

    private record Wiring(RenewalReminders reminders, UnansweredReturns returns, String orgCode) {
        static Wiring of(Env env) {
            Clock clock = Clock.systemUTC();
            AwsSettings aws = new AwsSettings(env);
            DynamoStores stores = DynamoStores.create(aws, clock);
            UnitNotifier notifier = new UnitNotifier(Mailers.create(aws), stores.mails, stores.units, stores.settings,
                    new Ids(clock), clock);
            return new Wiring(new RenewalReminders(stores.enrollments, stores.settings, notifier, stores.idempotency, clock),
                    new UnansweredReturns(stores.claims, stores.settings, notifier, clock), env.require("DEFAULT_ORG_CODE"));
        }
    }

    public RenewalReminderHandler() {
        this(Env.system());
    }

    public RenewalReminderHandler(Env env) {
        this.wiring = new Configured<>(env, Wiring::of);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        try {
            input.readAllBytes();
            Wiring w = wiring.get();
            Json.write(output, java.util.Map.of("reminders", w.reminders().run(w.orgCode()),
                    "closedReturns", w.returns().run(w.orgCode())));
        } finally {
            Log.requestId(null);
        }
    }
}
