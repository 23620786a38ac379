package cn.huzhu.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3 event notifications for the functions whose template events say "S3": each new object under the configured
 * prefix invokes the function with an ObjectCreated event. A failed invocation is retried twice, as Lambda does for
 * asynchronous events (here after 1 and 2 seconds instead of minutes).
 */
public final class S3Notifications implements AutoCloseable {
    record Subscription(String functionId, String bucket, String prefix) {
    }

    private final FunctionHost functions;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "s3-notifications");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public S3Notifications(LocalDeployment deployment, FunctionHost functions) {
        this.functions = functions;
        for (FunctionSpec function : deployment.template().functions()) {
            for (FunctionSpec.S3Trigger trigger : function.s3Triggers()) {
                subscriptions.add(new Subscription(function.logicalId(),
                        deployment.intrinsics().resolve(trigger.bucket()), trigger.prefix()));
            }
        }
    }

    /** What the embedded S3 emulator reports; it calls this for every stored object. */
    public void objectCreated(String bucket, String key, long size, String eTag) {
        for (Subscription subscription : subscriptions) {
            if (subscription.bucket().equals(bucket) && key.startsWith(subscription.prefix())) {
                deliver(subscription, ApiEvents.objectCreated(bucket, key, size, eTag), 0);
            }
        }
    }

    /** For an external endpoint (LocalStack, AWS) whose notifications cannot reach this process: look every second. */
    public void pollWith(S3Client s3) {
        for (Subscription subscription : subscriptions) {
            list(s3, subscription).forEach(object -> seen.add(subscription.bucket() + "/" + object.key() + "/" + object.eTag()));
        }
        executor.scheduleWithFixedDelay(() -> {
            for (Subscription subscription : subscriptions) {
                for (S3Object object : list(s3, subscription)) {
                    if (seen.add(subscription.bucket() + "/" + object.key() + "/" + object.eTag())) {
                        objectCreated(subscription.bucket(), object.key(), object.size(), object.eTag());
                    }
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    private static List<S3Object> list(S3Client s3, Subscription subscription) {
        try {
            return s3.listObjectsV2Paginator(r -> r.bucket(subscription.bucket()).prefix(subscription.prefix()))
                    .contents().stream().toList();
        } catch (RuntimeException e) {
            System.err.println("cannot list " + subscription.bucket() + ": " + e.getMessage());
            return List.of();
        }
    }

    private void deliver(Subscription subscription, Map<String, Object> event, int attempt) {
        executor.schedule(() -> {
            try {
                functions.invoke(subscription.functionId(), event);
            } catch (RuntimeException e) {
                if (attempt < 2) {
                    deliver(subscription, event, attempt + 1);
                } else {
                    System.err.println(subscription.functionId() + " failed 3 times: " + e);
                }
            }
        }, attempt == 0 ? 0 : Duration.ofSeconds(attempt).toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
