package cn.huzhu.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.pdf.PdfCanvas.Align;

/** A table's rules as the page's content stream draws them: a line per row edge and per column edge, nothing twice. */
class PdfTableTest {
    private static final float[] WIDTHS = {20, 30, 40};
    private static final Align[] ALIGNS = {Align.LEFT, Align.CENTER, Align.RIGHT};

    record Segment(float x1, float y1, float x2, float y2) {
        boolean horizontal() {
            return y1 == y2;
        }
    }

    @Test
    void rulesAreOneLinePerRowEdgeAndOneColumnEdgeFromTheTopToTheBottom() throws IOException {
        byte[] pdf;
        try (PdfCanvas canvas = new PdfCanvas(PDRectangle.A4, "表格")) {
            canvas.newPage();
            PdfTable table = new PdfTable(canvas, 10, WIDTHS, ALIGNS);
            float y = table.header(20, 8, 9, "序号", "姓名", "证件号码");
            for (int row = 1; row <= 3; row++) {
                y = table.row(y, 6, 8, Integer.toString(row), "张三" + row, "370202********123" + row);
            }
            table.end();
            pdf = canvas.toBytes();
        }
        List<Segment> segments = segments(pdf);
        float pageHeight = PDRectangle.A4.getHeight();
        List<Segment> horizontals = segments.stream().filter(Segment::horizontal).toList();
        List<Segment> verticals = segments.stream().filter(s -> !s.horizontal()).toList();
        assertThat(horizontals).as("the header's top and bottom, then each row's bottom").hasSize(5);
        assertThat(horizontals).allSatisfy(h -> {
            assertThat(h.x1()).isCloseTo(10 * PdfCanvas.MM, within());
            assertThat(h.x2()).isCloseTo(100 * PdfCanvas.MM, within());
        });
        assertThat(horizontals.get(4).y1()).isCloseTo(pageHeight - 46 * PdfCanvas.MM, within());
        assertThat(verticals).as("the left edge and each column's right edge").hasSize(4);
        float[] edges = {10, 30, 60, 100};
        for (int i = 0; i < edges.length; i++) {
            assertThat(verticals.get(i).x1()).as("edge %d", i).isCloseTo(edges[i] * PdfCanvas.MM, within());
        }
        assertThat(verticals).allSatisfy(v -> {
            assertThat(v.y1()).isCloseTo(pageHeight - 20 * PdfCanvas.MM, within());
            assertThat(v.y2()).isCloseTo(pageHeight - 46 * PdfCanvas.MM, within());
        });
    }

    @Test
    void aRowThatDoesNotStartWhereTheLastEndedIsRefused() {
        try (PdfCanvas canvas = new PdfCanvas(PDRectangle.A4, "表格")) {
            canvas.newPage();
            PdfTable table = new PdfTable(canvas, 10, WIDTHS, ALIGNS);
            float y = table.header(20, 8, 9, "序号", "姓名", "证件号码");
            assertThatThrownBy(() -> table.row(y + 5, 6, 8, "1", "张三", "—"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("28.0");
        }
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.01f);
    }

    /** Every moveTo/lineTo pair of the first page, in points from the bottom-left as PDF measures. */
    private static List<Segment> segments(byte[] pdf) throws IOException {
        List<Segment> segments = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Object> tokens = new PDFStreamParser(document.getPage(0)).parse();
            List<Float> operands = new ArrayList<>();
            float[] from = null;
            for (Object token : tokens) {
                if (token instanceof COSNumber number) {
                    operands.add(number.floatValue());
                    continue;
                }
                if (token instanceof Operator operator) {
                    switch (operator.getName()) {
                        case "m" -> from = new float[] {operands.get(0), operands.get(1)};
                        case "l" -> segments.add(new Segment(from[0], from[1], operands.get(0), operands.get(1)));
                        case "re" -> throw new AssertionError("a box per cell is drawn again");
                        default -> { }
                    }
                }
                operands.clear();
            }
        }
        return segments;
    }
}
