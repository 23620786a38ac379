package cn.huzhu.adapter.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded CJK font: Noto Sans SC Regular cut to the 通用规范汉字表, GB2312, ASCII and the punctuation documents use
 * (SIL OFL 1.1, licence beside it). Parsed once per container; each document embeds only the glyphs it prints. GSUB
 * is off: Chinese needs no substitutions, and with it a long member list takes seconds instead of a fraction.
 */
public final class PdfFont {
    private static final String RESOURCE = "/cn/huzhu/fonts/NotoSansSC-Regular-subset.ttf";
    /** What a character the font lacks is printed as, rather than failing the document. */
    static final char MISSING = '□';

    private static final class Holder {
        static final TrueTypeFont FONT = parse();
        static final CmapLookup CMAP = cmap(FONT);
        static final float[] ADVANCES = advances(FONT, CMAP);
        static final boolean[] PRINTS = prints(ADVANCES);
    }

    private PdfFont() {
    }

    private static TrueTypeFont parse() {
        try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + RESOURCE);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the font and prints a line with it into a document thrown away, so that the first real document does not
     * pay for parsing and class loading; meant for a SnapStart snapshot, never for a cold start without one.
     */
    public static void warmUp() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(load(document), 12);
                content.showText(printable("缴费通知单 确认书 第1页 共1页 0123456789"));
                content.endText();
            }
            document.save(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font for one document, embedded as a subset when the document is saved. */
    static PDType0Font load(PDDocument document) {
        try {
            return PDType0Font.load(document, Holder.FONT, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with every character the font cannot print replaced by {@link #MISSING}; line breaks become spaces.
     * A text the font prints as it is (nearly every one) is returned itself, without copying.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        if (printsAsIs(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (hasGlyph(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private static boolean printsAsIs(String text) {
        boolean[] prints = Holder.PRINTS;
        for (int i = 0; i < text.length(); i++) {
            if (!prints[text.charAt(i)]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasGlyph(int codePoint) {
        return Holder.CMAP.getGlyphId(codePoint) != 0;
    }

    /**
     * Width of a printable text at 1 pt, in thousandths of a point as PDF fonts measure: the sum of the glyphs'
     * advances, the same the embedded font's widths say, read from one table filled when the font is parsed.
     */
    static float width(String printable) {
        float total = 0;
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            total += Holder.ADVANCES[c];
        }
        return total;
    }

    /** The advance of every BMP character the font has, scaled to 1000 units per em (the subset has no others). */
    private static float[] advances(TrueTypeFont font, CmapLookup cmap) {
        try {
            float scale = 1000f / font.getUnitsPerEm();
            float[] advances = new float[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                int glyph = cmap.getGlyphId(c);
                if (glyph != 0) {
                    advances[c] = font.getAdvanceWidth(glyph) * scale;
                }
            }
            advances[MISSING] = font.getAdvanceWidth(cmap.getGlyphId(MISSING)) * scale;
            return advances;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether each BMP character is printed as itself: the font has an advance for it (a glyph of no width only takes
     * the slower path, which prints it too), and it is no line break, tab or surrogate.
     */
    private static boolean[] prints(float[] advances) {
        boolean[] prints = new boolean[advances.length];
        for (int c = 0; c < advances.length; c++) {
            prints[c] = advances[c] > 0 && !Character.isSurrogate((char) c) && c != '\n' && c != '\r' && c != '\t';
        }
        return prints;
    }

    private static CmapLookup cmap(TrueTypeFont font) {
        try {
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
