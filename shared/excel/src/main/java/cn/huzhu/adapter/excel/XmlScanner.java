package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A pull scanner for the two large parts of an .xlsx, the sheet and the shared strings, which a general StAX parser
 * reads several times slower: elements by local name (any prefix), unprefixed attributes, text with the predefined
 * entities, character references and CDATA, line ends normalised as every XML parser does. Comments and processing
 * instructions are skipped; a DTD is skipped and never applied, so no entity of its own is ever expanded. Parts in
 * another encoding than UTF-8 are transcoded first. Anything not well-formed (a broken tag, an end tag that does not
 * match, an unknown entity, bad UTF-8, the end of the part inside an element) is an {@link IOException}.
 */
final class XmlScanner {
    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;
    private static final int SKIPPED = 3;
    private static final int MAX_DEPTH = 256;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    private byte[] name = new byte[64];
    private int nameLength;
    private int localStart;
    private boolean pendingEnd;

    private int attributeCount;
    private int[] attributeStarts = new int[16];
    private byte[] attributeBytes = new byte[256];
    private int attributeLength;

    private final int[] openNames = new int[MAX_DEPTH];
    private int depth;
    private boolean rootSeen;

    private XmlScanner(InputStream in) {
        this.in = in;
    }

    /** A scanner over a part as stored: UTF-8 (with or without its mark) is read as is, anything else transcoded. */
    static XmlScanner of(InputStream part) throws IOException {
        XmlScanner scanner = new XmlScanner(part);
        Charset charset = scanner.declaredCharset();
        return charset == null ? scanner : new XmlScanner(new Utf8Transcoder(scanner.remaining(), charset));
    }

    // --- encoding ---------------------------------------------------------------------------------------------------

    /** Null for UTF-8; the part's charset (from its byte-order mark or its XML declaration) otherwise. */
    private Charset declaredCharset() throws IOException {
        fill(128);
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            position = 3;
            return null;
        }
        if (startsWith(0xFE, 0xFF) || startsWith(0x00, 0x3C, 0x00, 0x3F)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(0xFF, 0xFE) || startsWith(0x3C, 0x00, 0x3F, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        String head = new String(buffer, 0, limit, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int declarationEnd = head.indexOf("?>");
        String declaration = declarationEnd < 0 ? head : head.substring(0, declarationEnd);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        String rest = declaration.substring(at + "encoding".length()).replaceFirst("^\\s*=\\s*", "");
        if (rest.isEmpty() || (rest.charAt(0) != '"' && rest.charAt(0) != '\'')) {
            return null;
        }
        int close = rest.indexOf(rest.charAt(0), 1);
        String encoding = close < 0 ? "" : rest.substring(1, close).toUpperCase(Locale.ROOT);
        if (encoding.equals("UTF-8") || encoding.equals("UTF8") || encoding.equals("US-ASCII") || encoding.isEmpty()) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            throw new IOException("unknown encoding " + encoding, unknown);
        }
    }

    private boolean startsWith(int... bytes) {
        if (limit < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((buffer[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes read so far followed by the rest of the stream, for transcoding. */
    private InputStream remaining() {
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(buffer, position, limit - position), in);
    }

    // --- bytes ------------------------------------------------------------------------------------------------------

    /** Reads until at least {@code wanted} bytes are buffered or the stream ends (only at the start). */
    private void fill(int wanted) throws IOException {
        while (limit < wanted) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return;
            }
            limit += read;
        }
    }

    /** The next byte (0–255), or -1 at the end of the part. */
    private int read() throws IOException {
        if (position == limit && !refill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    private int peek() throws IOException {
        if (position == limit && !refill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    private boolean refill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        while (read == 0) {
            read = in.read(buffer, 0, buffer.length);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private int require() throws IOException {
        int b = read();
        if (b < 0) {
            throw new IOException("the part ends inside a tag");
        }
        return b;
    }

    // --- tags -------------------------------------------------------------------------------------------------------

    /** The next start or end tag (a self-closing tag gives both); text between is passed over. */
    int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            depth--;
            return END;
        }
        while (true) {
            int b = read();
            if (b < 0) {
                if (depth > 0 || !rootSeen) {
                    throw new IOException("the part ends before its root element does");
                }
                return EOF;
            }
            if (b == '<') {
                int tag = tag(false, null);
                if (tag != SKIPPED) {
                    return tag;
                }
            }
        }
    }

    /** After '<': a start or end tag, or a comment, processing instruction, DTD or CDATA section (skipped or kept). */
    private int tag(boolean inText, StringBuilder text) throws IOException {
        int b = require();
        if (b == '/') {
            endTag();
            return END;
        }
        if (b == '?') {
            skipPast("?>");
            return SKIPPED;
        }
        if (b == '!') {
            markup(inText, text);
            return SKIPPED;
        }
        startTag(b);
        return START;
    }

    private void markup(boolean inText, StringBuilder text) throws IOException {
        int b = require();
        if (b == '-') {
            if (require() != '-') {
                throw new IOException("broken comment");
            }
            skipPast("-->");
        } else if (b == '[') {
            expect("CDATA[");
            if (!inText) {
                skipPast("]]>");
            } else {
                cdata(text);
            }
        } else {
            skipDeclaration();
        }
    }

    private void expect(String bytes) throws IOException {
        for (int i = 0; i < bytes.length(); i++) {
            if (require() != bytes.charAt(i)) {
                throw new IOException("expected " + bytes);
            }
        }
    }

    private void skipPast(String end) throws IOException {
        int matched = 0;
        while (matched < end.length()) {
            int b = require();
            matched = b == end.charAt(matched) ? matched + 1 : b == end.charAt(0) ? 1 : 0;
        }
    }

    /** A DOCTYPE and its internal subset, never applied. */
    private void skipDeclaration() throws IOException {
        int brackets = 0;
        int quote = 0;
        while (true) {
            int b = require();
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '[') {
                brackets++;
            } else if (b == ']') {
                brackets--;
            } else if (b == '>' && brackets <= 0) {
                return;
            }
        }
    }

    private void startTag(int first) throws IOException {
        int b = readName(first);
        attributeCount = 0;
        attributeLength = 0;
        while (true) {
            b = skipSpace(b);
            if (b == '>') {
                open();
                return;
            }
            if (b == '/') {
                if (require() != '>') {
                    throw new IOException("broken empty tag");
                }
                open();
                pendingEnd = true;
                return;
            }
            b = attribute(b);
        }
    }

    private void open() throws IOException {
        if (depth == 0 && rootSeen) {
            throw new IOException("a second root element");
        }
        if (depth == MAX_DEPTH) {
            throw new IOException("elements nested too deep");
        }
        openNames[depth++] = nameHash();
        rootSeen = true;
    }

    private void endTag() throws IOException {
        int b = skipSpace(readName(require()));
        if (b != '>') {
            throw new IOException("broken end tag");
        }
        if (depth == 0 || openNames[depth - 1] != nameHash()) {
            throw new IOException("end tag does not match its start tag");
        }
        depth--;
    }

    /** Reads a name starting with {@code first}; returns the byte after it. */
    private int readName(int first) throws IOException {
        if (first <= ' ' || first == '>' || first == '/' || first == '=') {
            throw new IOException("a tag without a name");
        }
        nameLength = 0;
        localStart = 0;
        int b = first;
        while (b > ' ' && b != '>' && b != '/' && b != '=') {
            if (nameLength == name.length) {
                name = Arrays.copyOf(name, nameLength * 2);
            }
            if (b == ':') {
                localStart = nameLength + 1;
            }
            name[nameLength++] = (byte) b;
            b = require();
        }
        return b;
    }

    private int nameHash() {
        int hash = nameLength;
        for (int i = 0; i < nameLength; i++) {
            hash = 31 * hash + name[i];
        }
        return hash;
    }

    private int skipSpace(int b) throws IOException {
        while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            b = require();
        }
        return b;
    }

    /** One attribute: its name and value appended to the attribute bytes; returns the byte after the value. */
    private int attribute(int first) throws IOException {
        int nameStart = attributeLength;
        int b = first;
        while (b > ' ' && b != '=' && b != '>' && b != '/') {
            append((byte) b);
            b = require();
        }
        if (attributeLength == nameStart || skipSpace(b) != '=') {
            throw new IOException("broken attribute");
        }
        int quote = skipSpace(require());
        if (quote != '"' && quote != '\'') {
            throw new IOException("unquoted attribute value");
        }
        int valueStart = attributeLength;
        for (b = require(); b != quote; b = require()) {
            if (b == '<') {
                throw new IOException("'<' in an attribute value");
            }
            if (b == '&') {
                appendUtf8(entity());
            } else if (b == '\r') {
                if (peek() == '\n') {
                    read();
                }
                append((byte) ' ');
            } else {
                append((byte) (b == '\t' || b == '\n' ? ' ' : b));
            }
        }
        if (attributeCount * 3 + 3 > attributeStarts.length) {
            attributeStarts = Arrays.copyOf(attributeStarts, attributeStarts.length * 2);
        }
        attributeStarts[attributeCount * 3] = nameStart;
        attributeStarts[attributeCount * 3 + 1] = valueStart;
        attributeStarts[attributeCount * 3 + 2] = attributeLength;
        attributeCount++;
        return require();
    }

    private void append(byte b) {
        if (attributeLength == attributeBytes.length) {
            attributeBytes = Arrays.copyOf(attributeBytes, attributeLength * 2);
        }
        attributeBytes[attributeLength++] = b;
    }

    private void appendUtf8(int codePoint) {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            append(b);
        }
    }

    // --- the current tag ----------------------------------------------------------------------------------------------

    /** Whether the current tag's local name (after any prefix) is {@code local}, given as ASCII bytes. */
    boolean is(byte[] local) {
        if (nameLength - localStart != local.length) {
            return false;
        }
        for (int i = 0; i < local.length; i++) {
            if (name[localStart + i] != local[i]) {
                return false;
            }
        }
        return true;
    }

    /** The index of the current start tag's unprefixed attribute {@code local}, or -1. */
    int attribute(byte[] local) {
        for (int i = 0; i < attributeCount; i++) {
            int start = attributeStarts[i * 3];
            int end = attributeStarts[i * 3 + 1];
            if (end - start == local.length && Arrays.equals(attributeBytes, start, end, local, 0, local.length)) {
                return i;
            }
        }
        return -1;
    }

    String attributeText(int index) {
        int start = attributeStarts[index * 3 + 1];
        return new String(attributeBytes, start, attributeStarts[index * 3 + 2] - start, StandardCharsets.UTF_8);
    }

    /** Whether the attribute's value is empty or only spaces. */
    boolean attributeBlank(int index) {
        for (int i = attributeStarts[index * 3 + 1]; i < attributeStarts[index * 3 + 2]; i++) {
            if (attributeBytes[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The attribute as a whole number, spaces around allowed; a NumberFormatException when it is not one. */
    int attributeInt(int index) {
        int start = attributeStarts[index * 3 + 1];
        int end = attributeStarts[index * 3 + 2];
        while (start < end && attributeBytes[start] == ' ') {
            start++;
        }
        while (end > start && attributeBytes[end - 1] == ' ') {
            end--;
        }
        if (start == end || end - start > 9) {
            return Integer.parseInt(attributeText(index).trim());
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            int digit = attributeBytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return Integer.parseInt(attributeText(index).trim());
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** "AB12" → 27: the zero-based column of a cell reference's letters, at most {@code cap}. */
    int attributeColumn(int index, int cap) {
        int column = 0;
        for (int i = attributeStarts[index * 3 + 1]; i < attributeStarts[index * 3 + 2]; i++) {
            int c = attributeBytes[i] & 0xDF;
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = Math.min(column * 26 + (c - 'A' + 1), cap + 1);
        }
        return column - 1;
    }

    /** The first byte of the attribute's value, or -1 when it is empty. */
    int attributeFirstByte(int index) {
        int start = attributeStarts[index * 3 + 1];
        return start == attributeStarts[index * 3 + 2] ? -1 : attributeBytes[start] & 0xFF;
    }

    int attributeLength(int index) {
        return attributeStarts[index * 3 + 2] - attributeStarts[index * 3 + 1];
    }

    // --- text -------------------------------------------------------------------------------------------------------

    /**
     * The text of the element whose start tag was just read, up to and including its end tag, appended to {@code out};
     * an element inside it is refused, as StAX's getElementText refuses it.
     */
    void text(StringBuilder out) throws IOException {
        if (pendingEnd) {
            next();
            return;
        }
        while (true) {
            int b = read();
            if (b < 0) {
                throw new IOException("the part ends inside an element");
            }
            if (b == '<') {
                int tag = tag(true, out);
                if (tag == END) {
                    return;
                }
                if (tag == START) {
                    throw new IOException("an element inside text");
                }
            } else if (b == '&') {
                out.appendCodePoint(entity());
            } else if (b >= 0x20) {
                if (b < 0x80) {
                    out.append((char) b);
                } else {
                    utf8(b, out);
                }
            } else {
                control(b, out);
            }
        }
    }

    /** Tab and line ends as XML has them (CR LF and a lone CR are a line feed); other control characters refused. */
    private void control(int b, StringBuilder out) throws IOException {
        if (b == '\r') {
            if (peek() == '\n') {
                read();
            }
            out.append('\n');
        } else if (b == '\n' || b == '\t') {
            out.append((char) b);
        } else {
            throw new IOException("a control character XML does not allow");
        }
    }

    /** Skips the rest of the element whose start tag was just read, whatever it holds. */
    void skipElement() throws IOException {
        int open = depth;
        while (depth >= open) {
            next();
        }
    }

    private void cdata(StringBuilder out) throws IOException {
        while (true) {
            int b = require();
            if (b == ']' && peek() == ']') {
                read();
                while (peek() == ']') {
                    read();
                    out.append(']');
                }
                if (peek() == '>') {
                    read();
                    return;
                }
                out.append("]]");
            } else if (b < 0x20) {
                control(b, out);
            } else if (b < 0x80) {
                out.append((char) b);
            } else {
                utf8(b, out);
            }
        }
    }

    /** After '&': a predefined entity or a character reference, as a code point. */
    private int entity() throws IOException {
        int b = require();
        if (b == '#') {
            int radix = 10;
            b = require();
            if (b == 'x') {
                radix = 16;
                b = require();
            }
            int value = 0;
            int digits = 0;
            for (; b != ';'; b = require()) {
                int digit = Character.digit(b, radix);
                if (digit < 0 || ++digits > 8) {
                    throw new IOException("broken character reference");
                }
                value = value * radix + digit;
            }
            if (digits == 0 || !legal(value)) {
                throw new IOException("a character reference to a character XML does not allow");
            }
            return value;
        }
        StringBuilder entity = new StringBuilder(4);
        for (; b != ';'; b = require()) {
            if (entity.length() == 4) {
                throw new IOException("unknown entity");
            }
            entity.append((char) b);
        }
        return switch (entity.toString()) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> throw new IOException("unknown entity &" + entity + ";");
        };
    }

    private static boolean legal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** A character of two to four bytes whose first byte is {@code first}. */
    private void utf8(int first, StringBuilder out) throws IOException {
        int code;
        int more;
        int min;
        if ((first & 0xE0) == 0xC0) {
            code = first & 0x1F;
            more = 1;
            min = 0x80;
        } else if ((first & 0xF0) == 0xE0) {
            code = first & 0x0F;
            more = 2;
            min = 0x800;
        } else if ((first & 0xF8) == 0xF0) {
            code = first & 0x07;
            more = 3;
            min = 0x10000;
        } else {
            throw new IOException("not UTF-8");
        }
        for (int i = 0; i < more; i++) {
            int b = read();
            if ((b & 0xC0) != 0x80) {
                throw new IOException("not UTF-8");
            }
            code = code << 6 | (b & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            throw new IOException("not UTF-8");
        }
        if (code < 0x10000) {
            out.append((char) code);
        } else {
            out.append(Character.highSurrogate(code)).append(Character.lowSurrogate(code));
        }
    }
}
