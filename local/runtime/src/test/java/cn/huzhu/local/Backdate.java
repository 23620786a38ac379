package cn.huzhu.local;

import java.time.Clock;
import java.time.LocalDate;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.testing.Backdating;

/**
 * Moves a confirmed business back in time, in the running system's table, as if it had been confirmed days ago: its
 * members' cover and 观察期 then lie in the past, which the HTTP API cannot arrange.
 */
final class Backdate {
    private Backdate() {
    }

    /** Returns the business's new 生效日期. */
    static LocalDate confirmation(String enrollmentId, int days) {
        FunctionSpec function = RunningSystem.get().deployment().template().functions().get(0);
        DynamoStores stores = DynamoStores.create(new AwsSettings(RunningSystem.configured(function)), Clock.systemUTC());
        return Backdating.confirmation(stores.enrollments, enrollmentId, days).settlement().confirmation().effectiveOn();
    }
}
