package cn.huzhu.adapter.pdf;

import cn.huzhu.adapter.pdf.PdfCanvas.Align;

/** A table of fixed columns drawn row by row on a canvas: each cell boxed, its text fitted into it. */
final class PdfTable {
    private final PdfCanvas canvas;
    private final float left;
    private final float[] widths;
    private final Align[] aligns;

    PdfTable(PdfCanvas canvas, float left, float[] widths, Align[] aligns) {
        if (widths.length != aligns.length) {
            throw new IllegalArgumentException("a width and an alignment per column");
        }
        this.canvas = canvas;
        this.left = left;
        this.widths = widths.clone();
        this.aligns = aligns.clone();
    }

    float width() {
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        return total;
    }

    /** Draws one row of cells with its top at {@code y}; returns where the next row starts. */
    float row(float y, float height, float points, String... values) {
        return row(y, height, points, Math.min(points, 7), values);
    }

    /** The same, shrinking text down to {@code minPoints} before it breaks a cell's text into two lines. */
    float row(float y, float height, float points, float minPoints, String... values) {
        boxes(y, height);
        float x = left;
        for (int i = 0; i < widths.length; i++) {
            String value = i < values.length ? values[i] : "";
            canvas.cell(value, x + 1.5f, y, widths[i] - 3, height, points, minPoints, aligns[i]);
            x += widths[i];
        }
        return y + height;
    }

    /** All of a row's cell borders first, in one path: the texts then follow in one text object. */
    private void boxes(float y, float height) {
        float x = left;
        for (float width : widths) {
            canvas.box(x, y, width, height);
            x += width;
        }
    }

    /** A header row: the titles centred. */
    float header(float y, float height, float points, String... titles) {
        boxes(y, height);
        float x = left;
        for (int i = 0; i < widths.length; i++) {
            canvas.fitted(titles[i], x + 1, y + height / 2 + points * 0.14f, widths[i] - 2, points, Align.CENTER);
            x += widths[i];
        }
        return y + height;
    }
}
