package cn.huzhu.adapter.dynamodb;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item type mapped by hand to DynamoDB's attribute values and back, for the items written and read by the
 * ten thousand (members, coverage): no JSON in between, no reflection, a few allocations per item.
 */
interface ItemCodec<T> {
    Map<String, AttributeValue> encode(T value);

    T decode(Map<String, AttributeValue> item);

    /** Builds an item's attributes; null values are left out, as DynamoDB stores no empty attribute. */
    final class Attributes {
        private final Map<String, AttributeValue> values = new HashMap<>(24);

        Attributes put(String name, String value) {
            if (value != null) {
                values.put(name, AttributeValue.fromS(value));
            }
            return this;
        }

        Map<String, AttributeValue> build() {
            return values;
        }
    }

    /** A string attribute, or null when the item has none. */
    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk));
    }
}
