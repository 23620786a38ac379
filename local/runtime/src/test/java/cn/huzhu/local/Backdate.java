package cn.huzhu.local;

import java.time.Clock;
import java.time.LocalDate;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.domain.enrollment.Confirmation;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Settlement;
import cn.huzhu.emulators.template.FunctionSpec;

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
        Enrollment e = stores.enrollments.find(enrollmentId).orElseThrow();
        Settlement s = e.settlement();
        Confirmation c = s.confirmation();
        Confirmation earlier = new Confirmation(c.number(), c.confirmedOn().minusDays(days), c.effectiveOn().minusDays(days),
                c.printCount(), c.lastPrintedAt(), c.checkKeyId());
        stores.enrollments.update(new Enrollment(e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.orgCode(),
                e.createdAt(), e.createdBy(), e.newBusiness(), e.plans(), e.employeeCount(), e.femaleEmployeeCount(),
                e.note(), e.state(), e.submittedAt(), e.returnReason(), e.submissions(), e.rosterLocks(), e.businessType(),
                e.origin(), new Settlement(s.invoices(), s.invoicesSubmittedAt(), s.payment(), earlier, s.fulfilment(),
                        s.notice()), e.version()));
        return earlier.effectiveOn();
    }
}
