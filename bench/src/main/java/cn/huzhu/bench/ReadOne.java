package cn.huzhu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.huzhu.api.Json;

/**
 * One measurement in this JVM, which the driver starts fresh for each: read and validate one file with one reader,
 * print a JSON line (rows, time, rows per second, peak heap, time from JVM start to the first row).
 */
public final class ReadOne {
    private ReadOne() {
    }

    public static void main(String[] args) throws Exception {
        Readers reader = Readers.valueOf(args[0]);
        Path file = Path.of(args[1]);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long startNanos = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        ValidatingSink sink = new ValidatingSink();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("reader", reader.name());
        try {
            reader.read(file, sink);
            long elapsed = System.nanoTime() - startNanos;
            result.put("rows", sink.rows);
            result.put("valid", sink.valid);
            result.put("millis", elapsed / 1_000_000);
            result.put("rowsPerSecond", Math.round(sink.rows / (elapsed / 1e9)));
            result.put("jvmStartToFirstRowMillis", (startMillis - jvmStart) + (sink.firstRowNanos - startNanos) / 1_000_000);
        } catch (OutOfMemoryError e) {
            result.put("error", "OutOfMemoryError");
        }
        result.put("peakHeapMb", peakHeap() / (1024 * 1024));
        System.out.println("RESULT " + Json.write(result));
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
