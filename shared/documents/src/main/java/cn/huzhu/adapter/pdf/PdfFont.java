package cn.huzhu.adapter.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
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

    /** The font for one document, embedded as a subset when the document is saved. */
    static PDType0Font load(PDDocument document) {
        try {
            return PDType0Font.load(document, Holder.FONT, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot print replaced by {@link #MISSING}; line breaks become spaces. */
    static String printable(String text) {
        if (text == null) {
            return "";
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

    private static boolean hasGlyph(int codePoint) {
        try {
            return Holder.FONT.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
