package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.huzhu.app.port.EnrollmentStore.UnitQuery;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.EnrollmentState;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A unit's search filters as DynamoDB filter clauses over the enrollment item (settlement fields are nested). */
final class UnitFilters {
    private UnitFilters() {
    }

    static void apply(UnitQuery q, Query.Builder query) {
        if (!q.states().isEmpty()) {
            List<String> placeholders = new ArrayList<>();
            Map<String, AttributeValue> values = new HashMap<>();
            int i = 0;
            for (EnrollmentState state : q.states()) {
                placeholders.add(":st" + i);
                values.put(":st" + i++, AttributeValue.fromS(state.name()));
            }
            query.filter("#st IN (" + String.join(", ", placeholders) + ")", Map.of("#st", "state"), values);
        }
        if (q.businessType() != null) {
            String clause = q.businessType() == BusinessType.NEW ? "(attribute_not_exists(#bt) OR #bt = :bt)" : "#bt = :bt";
            query.filter(clause, Map.of("#bt", "businessType"), Map.of(":bt", AttributeValue.fromS(q.businessType().name())));
        }
        if (q.applicationNo() != null && !q.applicationNo().isBlank()) {
            query.filter("#app = :app", Map.of("#app", "applicationNo"), Map.of(":app", AttributeValue.fromS(q.applicationNo().trim())));
        }
        if (q.confirmationNo() != null && !q.confirmationNo().isBlank()) {
            query.filter("#set.#cno = :cno", Map.of("#set", "settlement", "#cno", "confirmationNo"),
                    Map.of(":cno", AttributeValue.fromS(q.confirmationNo().trim())));
        }
        dates(query, q.confirmed(), "confirmedOn", "con");
        dates(query, q.effective(), "effectiveOn", "eff");
        if (q.printed() != null) {
            query.filter(q.printed() ? "#set.#pc > :zero" : "(attribute_exists(#set.#cno) AND #set.#pc = :zero)",
                    q.printed() ? Map.of("#set", "settlement", "#pc", "printCount")
                            : Map.of("#set", "settlement", "#pc", "printCount", "#cno", "confirmationNo"),
                    Map.of(":zero", AttributeValue.fromN("0")));
        }
    }

    /** ISO dates compare as text, so a range is a BETWEEN on the stored yyyy-MM-dd. */
    private static void dates(Query.Builder query, DateRange range, String attribute, String tag) {
        if (range.from() == null && range.to() == null) {
            return;
        }
        String low = range.from() == null ? "0000-01-01" : range.from().toString();
        String high = range.to() == null ? "9999-12-31" : range.to().toString();
        query.filter("#set.#" + tag + " BETWEEN :" + tag + "lo AND :" + tag + "hi",
                Map.of("#set", "settlement", "#" + tag, attribute),
                Map.of(":" + tag + "lo", AttributeValue.fromS(low), ":" + tag + "hi", AttributeValue.fromS(high)));
    }
}
