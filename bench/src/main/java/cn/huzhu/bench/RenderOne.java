package cn.huzhu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import cn.huzhu.adapter.pdf.ConfirmationPdf;
import cn.huzhu.api.Json;
import cn.huzhu.domain.document.ConfirmationContent;

/**
 * In a fresh JVM: the 确认书 of a number of members rendered once cold (font parsed, classes loaded, nothing compiled)
 * and then again a number of times warm, printed as a JSON line.
 */
public final class RenderOne {
    private RenderOne() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        int members = Integer.parseInt(args[0]);
        int warmRuns = Integer.parseInt(args[1]);
        ConfirmationContent content = ConfirmationSample.of(members);
        ConfirmationPdf printer = new ConfirmationPdf();
        long begin = System.nanoTime();
        byte[] pdf = printer.render(content);
        long cold = System.nanoTime() - begin;
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < warmRuns; i++) {
            long start = System.nanoTime();
            printer.render(content);
            warm.add((System.nanoTime() - start) / 1_000_000);
        }
        warm.sort(null);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("members", members);
        result.put("bytes", pdf.length);
        result.put("pages", pages(pdf));
        result.put("coldMillis", cold / 1_000_000);
        result.put("jvmStartToPdfMillis", sinceJvmStart);
        result.put("warmMedianMillis", warm.isEmpty() ? null : warm.get(warm.size() / 2));
        result.put("warmMinMillis", warm.isEmpty() ? null : warm.get(0));
        System.out.println("RESULT " + Json.write(result));
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
