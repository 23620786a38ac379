package cn.huzhu.adapter.dynamodb;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key-condition query on the table or one of its indexes: equality on the partition key, optionally a sort-key
 * prefix or range, optionally a filter.
 */
public record Query(String index, String partitionName, String partitionValue, String keyCondition,
        Map<String, String> names, Map<String, AttributeValue> values, String filter, boolean ascending, int limit,
        String cursor) {

    public static Builder on(String index, String partitionName, String partitionValue) {
        return new Builder(index, partitionName, partitionValue);
    }

    public Query withCursor(String next) {
        return new Query(index, partitionName, partitionValue, keyCondition, names, values, filter, ascending, limit, next);
    }

    public static final class Builder {
        private final String index;
        private final String partitionName;
        private final String partitionValue;
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, AttributeValue> values = new HashMap<>();
        private String keyCondition = "#pk = :pk";
        private String filter;
        private boolean ascending = true;
        private int limit = 100;
        private String cursor;

        private Builder(String index, String partitionName, String partitionValue) {
            this.index = index;
            this.partitionName = partitionName;
            this.partitionValue = partitionValue;
            names.put("#pk", partitionName);
            values.put(":pk", AttributeValue.fromS(partitionValue));
        }

        public Builder sortBeginsWith(String sortName, String prefix) {
            names.put("#sk", sortName);
            values.put(":skp", AttributeValue.fromS(prefix));
            keyCondition = "#pk = :pk AND begins_with(#sk, :skp)";
            return this;
        }

        public Builder sortBetween(String sortName, String low, String high) {
            names.put("#sk", sortName);
            values.put(":lo", AttributeValue.fromS(low));
            values.put(":hi", AttributeValue.fromS(high));
            keyCondition = "#pk = :pk AND #sk BETWEEN :lo AND :hi";
            return this;
        }

        /** Adds a filter clause; clauses are joined with AND. */
        public Builder filter(String clause, Map<String, String> clauseNames, Map<String, AttributeValue> clauseValues) {
            filter = filter == null ? clause : filter + " AND " + clause;
            names.putAll(clauseNames);
            values.putAll(clauseValues);
            return this;
        }

        public Builder descending() {
            ascending = false;
            return this;
        }

        public Builder limit(int value) {
            limit = value;
            return this;
        }

        public Builder cursor(String value) {
            cursor = value;
            return this;
        }

        public Query build() {
            return new Query(index, partitionName, partitionValue, keyCondition, Map.copyOf(names), Map.copyOf(values),
                    filter, ascending, limit, cursor);
        }
    }
}
