package cn.huzhu.local;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;

/**
 * The template's Schedule events, locally: every function with one runs each day at 09:00 Beijing time with a scheduled
 * event, as EventBridge would call it. (The office can also run the renewal reminders at once from its settings page.)
 */
final class Schedules implements AutoCloseable {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "schedules");
        thread.setDaemon(true);
        return thread;
    });

    Schedules(LocalDeployment deployment, FunctionHost functions) {
        List<String> scheduled = deployment.template().functions().stream().filter(f -> !f.schedules().isEmpty())
                .map(FunctionSpec::logicalId).toList();
        long delay = untilNextNine(ZonedDateTime.now(BEIJING)).toMillis();
        for (String function : scheduled) {
            executor.scheduleAtFixedRate(() -> run(functions, function), delay, Duration.ofDays(1).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    static Duration untilNextNine(ZonedDateTime now) {
        ZonedDateTime nine = now.withHour(9).withMinute(0).withSecond(0).withNano(0);
        return Duration.between(now, nine.isAfter(now) ? nine : nine.plusDays(1));
    }

    private static void run(FunctionHost functions, String function) {
        try {
            functions.invoke(function, Map.of("source", "aws.events", "detail-type", "Scheduled Event", "detail", Map.of()));
        } catch (RuntimeException e) {
            System.err.println(function + " failed on its schedule: " + e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
