package cn.huzhu.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A function's cold start as Lambda's Java runtime does it, in a JVM the driver starts with nothing but the function's
 * code (see {@link LambdaTask}) and this class on the class path and the function's environment: load the handler
 * class, build it with its no-argument constructor, answer one event. Uses the JDK only, so the function's code is
 * all it has.
 */
public final class FirstResponse {
    private FirstResponse() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long begin = System.nanoTime();
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        Object handler = Class.forName(args[0]).getConstructor().newInstance();
        long built = System.nanoTime();
        Class<?> context = Class.forName("com.amazonaws.services.lambda.runtime.Context");
        Method handle = handler.getClass().getMethod("handleRequest", InputStream.class, OutputStream.class, context);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        handle.invoke(handler, new ByteArrayInputStream(event), answer, null);
        long answered = System.nanoTime();
        String text = answer.toString(StandardCharsets.UTF_8);
        System.out.println("RESULT {\"sinceJvmStartMillis\":" + (System.currentTimeMillis() - jvmStart)
                + ",\"constructorMillis\":" + (built - begin) / 1_000_000
                + ",\"firstInvokeMillis\":" + (answered - built) / 1_000_000
                + ",\"classes\":" + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()
                + ",\"answer\":\"" + text.substring(0, Math.min(120, text.length())).replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
    }
}
