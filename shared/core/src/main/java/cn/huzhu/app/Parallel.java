package cn.huzhu.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls that wait on the network, run a bounded number at a time on threads the container keeps: a batch of 10,000
 * members goes out to DynamoDB as 400 requests, 16 in flight, not one after another; a batch of payments is worked
 * several members at a time. The first failure is thrown once every call has ended, so nothing runs on after the
 * caller has moved on.
 */
public final class Parallel {
    /** Requests in flight per call; with the JDK's HTTP client the container keeps as many connections alive. */
    public static final int IN_FLIGHT = 16;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "parallel-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Parallel() {
    }

    public static <T> List<T> all(List<Callable<T>> calls) {
        return all(calls, IN_FLIGHT);
    }

    /** The answers in the order of the calls. */
    public static <T> List<T> all(List<Callable<T>> calls, int atOnce) {
        if (calls.size() == 1) {
            return java.util.Collections.singletonList(call(calls.get(0)));
        }
        Semaphore slots = new Semaphore(atOnce);
        List<Future<T>> running = new ArrayList<>(calls.size());
        try {
            for (Callable<T> call : calls) {
                slots.acquire();
                running.add(POOL.submit(() -> {
                    try {
                        return call.call();
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<T> answers = new ArrayList<>(calls.size());
            RuntimeException failure = null;
            for (Future<T> future : running) {
                try {
                    answers.add(future.get());
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException(e.getCause());
                }
            }
            if (failure != null) {
                throw failure;
            }
            return answers;
        } catch (InterruptedException e) {
            running.forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for calls in parallel", e);
        }
    }

    private static <T> T call(Callable<T> call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits a list into consecutive pieces of at most {@code size}. */
    public static <T> List<List<T>> pieces(List<T> items, int size) {
        List<List<T>> pieces = new ArrayList<>((items.size() + size - 1) / size);
        for (int from = 0; from < items.size(); from += size) {
            pieces.add(items.subList(from, Math.min(from + size, items.size())));
        }
        return pieces;
    }
}
