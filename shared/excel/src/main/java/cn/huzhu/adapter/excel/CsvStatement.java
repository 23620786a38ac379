package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.statement.StatementException;
import cn.huzhu.domain.statement.StatementTable;

/**
 * A statement as CSV: UTF-8 (with or without its byte-order mark) or, failing that, GBK (GB18030, which covers it), as
 * Chinese banks' exports come; comma- or tab-separated, quoted fields with doubled quotes and line breaks inside. A
 * leading tab or "=" that some exports put before numbers to keep Excel from reformatting them is dropped.
 */
final class CsvStatement {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvStatement() {
    }

    static List<StatementTable.Row> rows(Path file) {
        try {
            return parse(decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw StatementException.unreadable("文件无法打开");
        }
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    static List<StatementTable.Row> parse(String text) {
        char separator = separator(text);
        List<StatementTable.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(clean(cell));
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(clean(cell));
                cell.setLength(0);
                rows.add(new StatementTable.Row(number++, List.copyOf(cells)));
                cells.clear();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(clean(cell));
            rows.add(new StatementTable.Row(number, List.copyOf(cells)));
        }
        return rows;
    }

    private static String clean(StringBuilder cell) {
        String text = cell.toString().strip();
        if (text.startsWith("=\"") && text.endsWith("\"") && text.length() >= 3) {
            text = text.substring(2, text.length() - 1);
        }
        return text.startsWith("'") ? text.substring(1) : text;
    }

    /** Tab when the first lines have more tabs than commas, else comma. */
    private static char separator(String text) {
        String start = text.substring(0, Math.min(text.length(), 4000));
        long tabs = start.chars().filter(c -> c == '\t').count();
        long commas = start.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }
}
