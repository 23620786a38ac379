package cn.huzhu.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The small file that does big work: 300,000 rows of 9 cells, every cell pointing at one shared string. With a 1 MiB
 * string it is a 909 KB upload that a reader copying the string per reference turns into 2.8 TB of work; with a string
 * just under the office's cell limit it is a file the import must screen row by row, and finish in bounded time.
 */
final class HostileFileMaker {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileFileMaker() {
    }

    static Path ensure(Path dir, String name, int stringLength, int rows) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"r1\" Type=\"" + DOC
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC + "\"><sheets>"
                    + "<sheet name=\"人员\" sheetId=\"1\" r:id=\"s1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"s1\" Type=\"" + DOC + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"s2\" Type=\"" + DOC + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            part(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\"><si><t>姓名</t></si><si><t>证件号码</t></si><si><t>"
                    + "长".repeat(stringLength) + "</t></si></sst>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                    + "<c r=\"B1\" t=\"s\"><v>1</v></c></row>");
            for (int r = 2; r <= rows + 1; r++) {
                sheet.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 9; c++) {
                    sheet.write("<c t=\"s\"><v>2</v></c>");
                }
                sheet.write("</row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
