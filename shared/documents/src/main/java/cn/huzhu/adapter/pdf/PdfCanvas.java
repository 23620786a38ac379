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
    private Mode mode = Mode.NONE;
    private float lineX;
    private float lineY;
    private float fontSize = -1;

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
            // square caps close the corners where a table's rules meet
            page.setLineCapStyle(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width of the text at this size, in millimetres. */
    public float textWidth(String text, float points) {
        return unitWidth(printable(text)) * points / MM;
    }

    /** Width in millimetres from the width at 1 pt: each text is measured once, however often it is placed. */
    private static float mm(float unitWidth, float points) {
        return unitWidth * points / MM;
    }

    /** The text as the font can print it. */
    private static String printable(String text) {
        return PdfFont.printable(text);
    }

    /** Width at 1 pt in points. */
    private static float unitWidth(String printable) {
        return PdfFont.width(printable) / 1000f;
    }

    /** Text with its baseline at {@code y} mm from the top, aligned at {@code x}. */
    public void text(String text, float x, float y, float points, Align align) {
        String printable = printable(text);
        show(printable, unitWidth(printable), x, y, points, align);
    }

    /** A printable text whose width at 1 pt is known. */
    private void show(String printable, float unitWidth, float x, float y, float points, Align align) {
        if (printable.isEmpty()) {
            return;
        }
        float width = mm(unitWidth, points);
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        try {
            enter(Mode.TEXT);
            if (points != fontSize) {
                page.setFont(font, points);
                fontSize = points;
            }
            float tx = left * MM;
            float ty = size.getHeight() - y * MM;
            // one text object for a run of texts: each moves from the last one's start
            page.newLineAtOffset(tx - lineX, ty - lineY);
            lineX = tx;
            lineY = ty;
            page.showText(printable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the content stream is in the middle of: texts are drawn in one text object, lines and boxes in one path. */
    private enum Mode { NONE, TEXT, STROKE, FILL }

    /** Ends what is open (painting the pending path) and opens the mode wanted. */
    private void enter(Mode wanted) throws IOException {
        if (mode == wanted) {
            return;
        }
        switch (mode) {
            case TEXT -> page.endText();
            case STROKE -> page.stroke();
            case FILL -> page.fill();
            default -> { }
        }
        if (wanted == Mode.TEXT) {
            page.beginText();
            lineX = 0;
            lineY = 0;
            fontSize = -1;
        }
        mode = wanted;
    }

    public void text(String text, float x, float y, float points) {
        text(text, x, y, points, Align.LEFT);
    }

    /** The largest size, in half points from {@code points} down to {@code least}, at which the text fits the width. */
    private static float fittingSize(float unitWidth, float width, float points, float least) {
        float unit = unitWidth / MM;
        if (unit * points <= width) {
            return points;
        }
        float fits = (float) Math.floor(width / unit * 2) / 2;
        return Math.max(least, Math.min(points, fits));
    }

    /**
     * Text in a cell {@code width} mm wide: shrunk down to 6 pt when it would not fit, then cut with an ellipsis, so it
     * never runs into the next cell.
     */
    public void fitted(String text, float x, float y, float width, float points, Align align) {
        String shown = printable(text);
        fit(shown, unitWidth(shown), x, y, width, points, align);
    }

    private void fit(String shown, float unitWidth, float x, float y, float width, float points, Align align) {
        float size = fittingSize(unitWidth, width, points, Math.min(points, 6));
        if (mm(unitWidth, size) > width) {
            while (shown.length() > 1 && textWidth(shown + "…", size) > width) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown = printable(shown + "…");
            unitWidth = unitWidth(shown);
        }
        float anchor = switch (align) {
            case LEFT -> x;
            case CENTER -> x + width / 2;
            case RIGHT -> x + width;
        };
        show(shown, unitWidth, anchor, y, size, align);
    }

    /**
     * Text in a cell of this height: on one line when it fits at no less than {@code minPoints}, else broken into two
     * lines, at the line break the text carries or else where the first line is full.
     */
    public void cell(String text, float x, float top, float width, float height, float points, float minPoints,
            Align align) {
        int preferred = text == null ? -1 : text.indexOf('\n');
        String shown = printable(text);
        float unitWidth = unitWidth(shown);
        float size = fittingSize(unitWidth, width, points, minPoints);
        if (mm(unitWidth, size) <= width || shown.length() < 2) {
            fit(shown, unitWidth, x, top + height / 2 + size * 0.14f, width, size, align);
            return;
        }
        int split = preferred > 0 ? preferred : shown.length() / 2;
        while (preferred <= 0 && split < shown.length() - 1 && textWidth(shown.substring(0, split + 1), minPoints) <= width) {
            split++;
        }
        float lineHeight = minPoints / MM * 1.15f;
        float first = top + height / 2 - lineHeight / 2 + minPoints * 0.14f;
        fitted(shown.substring(0, split), x, first, width, minPoints, align);
        fitted(shown.substring(split).trim(), x, first + lineHeight, width, minPoints, align);
    }

    /** Text broken into lines of at most {@code width}; returns the baseline after the last line. */
    public float paragraph(String text, float x, float y, float width, float points, float lineHeight) {
        String rest = printable(text);
        float baseline = y;
        while (!rest.isEmpty()) {
            int end = 1;
            while (end < rest.length() && textWidth(rest.substring(0, end + 1), points) <= width) {
                end++;
            }
            text(rest.substring(0, end), x, baseline, points);
            rest = rest.substring(end);
            baseline += lineHeight;
        }
        return baseline;
    }

    public void line(float x1, float y1, float x2, float y2) {
        try {
            enter(Mode.STROKE);
            page.moveTo(x1 * MM, size.getHeight() - y1 * MM);
            page.lineTo(x2 * MM, size.getHeight() - y2 * MM);
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
            enter(filled ? Mode.FILL : Mode.STROKE);
            page.addRect(x * MM, size.getHeight() - (y + height) * MM, width * MM, height * MM);
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
                enter(Mode.NONE);
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
