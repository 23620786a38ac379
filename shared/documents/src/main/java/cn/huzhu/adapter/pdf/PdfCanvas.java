package cn.huzhu.adapter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Drawing on PDF pages in millimetres from the top-left corner, which is how forms are measured: text (left, centred,
 * right, clipped to a width), lines and boxes. One canvas makes one document.
 */
public final class PdfCanvas implements AutoCloseable {
    public static final float MM = 72f / 25.4f;

    public enum Align { LEFT, CENTER, RIGHT }

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final PDRectangle size;
    private PDPageContentStream page;

    /** A document of pages of this size; {@code title} is its document title. */
    public PdfCanvas(PDRectangle size, String title) {
        this.size = size;
        this.font = PdfFont.load(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("huzhu");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        // printed at 100 %: a form's boxes and the QR code keep their size
        preferences.setPrintScaling(PDViewerPreferences.PRINT_SCALING.None);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    public static PDRectangle a4Landscape() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }

    public float widthMm() {
        return size.getWidth() / MM;
    }

    public float heightMm() {
        return size.getHeight() / MM;
    }

    public void newPage() {
        closePage();
        PDPage next = new PDPage(size);
        document.addPage(next);
        try {
            page = new PDPageContentStream(document, next);
            page.setLineWidth(0.6f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width of the text at this size, in millimetres. */
    public float textWidth(String text, float points) {
        try {
            return font.getStringWidth(PdfFont.printable(text)) / 1000f * points / MM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with its baseline at {@code y} mm from the top, aligned at {@code x}. */
    public void text(String text, float x, float y, float points, Align align) {
        String printable = PdfFont.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        float width = textWidth(printable, points);
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        try {
            page.beginText();
            page.setFont(font, points);
            page.newLineAtOffset(left * MM, size.getHeight() - y * MM);
            page.showText(printable);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void text(String text, float x, float y, float points) {
        text(text, x, y, points, Align.LEFT);
    }

    /**
     * Text in a cell {@code width} mm wide: shrunk down to 6 pt when it would not fit, then cut with an ellipsis, so it
     * never runs into the next cell.
     */
    public void fitted(String text, float x, float y, float width, float points, Align align) {
        String shown = PdfFont.printable(text);
        float size = points;
        while (size > 6 && textWidth(shown, size) > width) {
            size -= 0.5f;
        }
        if (textWidth(shown, size) > width) {
            while (shown.length() > 1 && textWidth(shown + "…", size) > width) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown = shown + "…";
        }
        float anchor = switch (align) {
            case LEFT -> x;
            case CENTER -> x + width / 2;
            case RIGHT -> x + width;
        };
        text(shown, anchor, y, size, align);
    }

    public void line(float x1, float y1, float x2, float y2) {
        try {
            page.moveTo(x1 * MM, size.getHeight() - y1 * MM);
            page.lineTo(x2 * MM, size.getHeight() - y2 * MM);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void box(float x, float y, float width, float height) {
        rectangle(x, y, width, height, false);
    }

    /** A filled rectangle, e.g. a run of dark modules of a QR code. */
    public void fill(float x, float y, float width, float height) {
        rectangle(x, y, width, height, true);
    }

    private void rectangle(float x, float y, float width, float height, boolean filled) {
        try {
            page.addRect(x * MM, size.getHeight() - (y + height) * MM, width * MM, height * MM);
            if (filled) {
                page.fill();
            } else {
                page.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        closePage();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() {
        if (page != null) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            page = null;
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
