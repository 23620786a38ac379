package cn.huzhu.adapter.dynamodb;

import cn.huzhu.app.port.SerialNumbers;

/** Serial numbers: claims under PK SERIAL#series (SK the 10-digit number), pointers under SERIALPTR#series#owner. */
public final class DynamoSerialNumbers implements SerialNumbers {
    private final GaplessNumbers numbers;

    public DynamoSerialNumbers(DynamoTable table) {
        this.numbers = new GaplessNumbers(table);
    }

    @Override
    public long take(String series, String owner) {
        GaplessNumbers.Series serial = new GaplessNumbers.Series("SERIAL#" + series, series, n -> String.format("%010d", n));
        return Long.parseLong(numbers.take(serial, "SERIALPTR#" + series + "#" + owner, owner, 0));
    }
}
