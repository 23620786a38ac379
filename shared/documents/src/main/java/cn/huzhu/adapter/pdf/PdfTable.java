package cn.huzhu.adapter.pdf;

import cn.huzhu.adapter.pdf.PdfCanvas.Align;

/**
 * A table of fixed columns drawn row by row on a canvas, each cell's text fitted into it, then {@link #end() ended}:
 * its rules are one line per row and one per column edge rather than a box per cell, which halves a long member
 * list's file and the time to write it.
 */
final class PdfTable {
    private final PdfCanvas canvas;
    private final float left;
    private final float[] widths;
    private final Align[] aligns;
    private float top = Float.NaN;
    private float bottom;

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
        rule(y, height);
        float x = left;
        for (int i = 0; i < widths.length; i++) {
            String value = i < values.length ? values[i] : "";
            canvas.cell(value, x + 1.5f, y, widths[i] - 3, height, points, minPoints, aligns[i]);
            x += widths[i];
        }
        return y + height;
    }

    /** The row's bottom rule, and its top one when it opens the table; rows follow each other without a gap. */
    private void rule(float y, float height) {
        float right = left + width();
        if (Float.isNaN(top)) {
            top = y;
            canvas.line(left, y, right, y);
        } else if (y != bottom) {
            throw new IllegalArgumentException("a row starts where the last one ended, at " + bottom + " mm, not " + y);
        }
        canvas.line(left, y + height, right, y + height);
        bottom = y + height;
    }

    /** Draws the column edges from the first row's top to the last row's bottom; the next row opens a new table. */
    void end() {
        if (Float.isNaN(top)) {
            return;
        }
        float x = left;
        canvas.line(x, top, x, bottom);
        for (float width : widths) {
            x += width;
            canvas.line(x, top, x, bottom);
        }
        top = Float.NaN;
    }

    /** A header row: the titles centred. */
    float header(float y, float height, float points, String... titles) {
        rule(y, height);
        float x = left;
        for (int i = 0; i < widths.length; i++) {
            canvas.fitted(titles[i], x + 1, y + height / 2 + points * 0.14f, widths[i] - 2, points, Align.CENTER);
            x += widths[i];
        }
        return y + height;
    }
}
