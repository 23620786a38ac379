package cn.huzhu.adapter.dynamodb;

import cn.huzhu.app.port.SequenceStore;

/** Counters: PK SEQ#name, incremented atomically. */
public final class DynamoSequenceStore implements SequenceStore {
    private final DynamoTable table;

    public DynamoSequenceStore(DynamoTable table) {
        this.table = table;
    }

    @Override
    public long next(String name) {
        return table.increment("SEQ#" + name, "SEQ");
    }
}
