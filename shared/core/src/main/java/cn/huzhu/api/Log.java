package cn.huzhu.api;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Structured logs: one JSON object per line on stdout, which Lambda ships to CloudWatch. Callers pass identifiers
 * (enrollment, batch, username), never ID numbers or phone numbers.
 */
public final class Log {
    /**
     * A field that a metric filter of template.yaml counts, with the alarm it raises: {@code "alert":
     * "MAIL_UNDELIVERED"}.
     */
    public static final String ALERT = "alert";
    public static final String MAIL_UNDELIVERED = "MAIL_UNDELIVERED";
    private static final PrintStream OUT = System.out;
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();
    private static final ThreadLocal<String> OBJECT_KEY = new ThreadLocal<>();

    private final String logger;

    private Log(String logger) {
        this.logger = logger;
    }

    public static Log of(Class<?> type) {
        return new Log(type.getSimpleName());
    }

    public static void requestId(String requestId) {
        if (requestId == null) {
            REQUEST_ID.remove();
        } else {
            REQUEST_ID.set(requestId);
        }
    }

    /** The S3 object a triggered function works on, named in every line until cleared with null. */
    public static void objectKey(String key) {
        if (key == null) {
            OBJECT_KEY.remove();
        } else {
            OBJECT_KEY.set(key);
        }
    }

    /** The work, to run on another thread with this thread's request id and object key in its lines. */
    public static <T> Callable<T> carried(Callable<T> work) {
        String requestId = REQUEST_ID.get();
        String objectKey = OBJECT_KEY.get();
        return () -> {
            requestId(requestId);
            objectKey(objectKey);
            try {
                return work.call();
            } finally {
                requestId(null);
                objectKey(null);
            }
        };
    }

    /** The request id this thread's lines carry. */
    static String requestIdOfThisThread() {
        return REQUEST_ID.get();
    }

    public void info(String message, Object... keyValues) {
        write("INFO", message, null, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        write("WARN", message, null, keyValues);
    }

    public void error(String message, Throwable error, Object... keyValues) {
        write("ERROR", message, error, keyValues);
    }

    private void write(String level, String message, Throwable error, Object... keyValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("message", message);
        if (REQUEST_ID.get() != null) {
            line.put("requestId", REQUEST_ID.get());
        }
        if (OBJECT_KEY.get() != null) {
            line.put("objectKey", OBJECT_KEY.get());
        }
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        if (error != null) {
            line.put("error", error.getClass().getName() + ": " + error.getMessage());
            Throwable root = error;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root != error) {
                line.put("cause", root.getClass().getName() + ": " + root.getMessage());
            }
            StackTraceElement[] frames = root.getStackTrace();
            if (frames.length > 0) {
                line.put("at", frames[0].toString());
            }
        }
        OUT.println(Json.write(line));
    }
}
