package cn.huzhu.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import cn.huzhu.domain.invoice.ReceiptContent;

/**
 * Page 1 of each document as poppler's pdftoppm renders it (another reader than PDFBox, as people's viewers are),
 * kept under target/rendered/ to look at: the page renders, has ink where the text is, and is the paper size.
 */
class RenderedPagesTest {
    private static final Path OUT = Path.of("target", "rendered");

    private static Path render(String name, byte[] pdf) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process process;
        try {
            process = new ProcessBuilder("pdftoppm", "-r", "72", "-png", "-f", "1", "-l", "1", "-singlefile",
                    file.toString(), OUT.resolve(name).toString()).redirectErrorStream(true).start();
        } catch (IOException missing) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("pdftoppm is missing: install poppler-utils", missing);
            }
            Assumptions.abort("pdftoppm not installed (Debian: apt-get install poppler-utils)");
            return null;
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("pdftoppm complains").doesNotContainIgnoringCase("error");
        return OUT.resolve(name + ".png");
    }

    /** The share of dark pixels: a blank or garbled page has next to none. */
    private static double ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                dark += grey < 128 ? 1 : 0;
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    @Test
    void everyDocumentsFirstPageRendersAtItsPaperSizeWithInk() throws Exception {
        ReceiptContent receipt = ReceiptPdfTest.sample();
        Object[][] documents = {
                {"receipt", new ReceiptPdf().render(receipt, Documents.URL), 680, 397},
                {"notice", new NoticePdf().render(Documents.notice()), 595, 842},
                {"confirmation", new ConfirmationPdf().render(Documents.confirmation(120)), 595, 842}};
        for (Object[] document : documents) {
            Path png = render((String) document[0], (byte[]) document[1]);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as("%s width", document[0]).isBetween((int) document[2] - 2, (int) document[2] + 2);
            assertThat(image.getHeight()).as("%s height", document[0]).isBetween((int) document[3] - 2, (int) document[3] + 2);
            assertThat(ink(image)).as("%s ink", document[0]).isBetween(0.01, 0.5);
        }
    }
}
