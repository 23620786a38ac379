package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * The parts of an .xlsx package a roster needs: where the first sheet is, the shared strings, and which cell styles
 * are dates. XML is read with StAX, DTDs and external entities off.
 */
final class XlsxPackage implements AutoCloseable {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final XMLInputFactory XML = xmlFactory();

    private final ZipFile zip;
    private final String firstSheet;
    private final String sharedStringsPart;
    private final String stylesPart;
    private final boolean dates1904;

    private XlsxPackage(ZipFile zip, String firstSheet, String sharedStringsPart, String stylesPart, boolean dates1904) {
        this.zip = zip;
        this.firstSheet = firstSheet;
        this.sharedStringsPart = sharedStringsPart;
        this.stylesPart = stylesPart;
        this.dates1904 = dates1904;
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Opens the package; null-free, or an IOException / XMLStreamException when it is not a workbook. */
    static XlsxPackage open(Path file) throws IOException, XMLStreamException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            WorkbookPart workbook = workbookPart(zip);
            Relationships relationships = relationships(zip);
            String sheet = relationships.byId().get(workbook.firstSheetId());
            if (sheet == null) {
                throw new IOException("the workbook names no first sheet");
            }
            return new XlsxPackage(zip, sheet, relationships.byType().get("sharedStrings"),
                    relationships.byType().get("styles"), workbook.dates1904());
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private record WorkbookPart(String firstSheetId, boolean dates1904) {
    }

    /** xl/workbook.xml: the relationship id of the first sheet, and whether dates count from 1904. */
    private static WorkbookPart workbookPart(ZipFile zip) throws IOException, XMLStreamException {
        String firstSheetId = null;
        boolean dates1904 = false;
        XMLStreamReader xml = reader(zip, "xl/workbook.xml");
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    dates1904 = "1".equals(value) || "true".equals(value);
                } else if (xml.getLocalName().equals("sheet") && firstSheetId == null) {
                    firstSheetId = xml.getAttributeValue(RELATIONSHIPS, "id");
                }
            }
        } finally {
            xml.close();
        }
        return new WorkbookPart(firstSheetId, dates1904);
    }

    /** Part names by relationship id, and by the last word of the relationship type ("styles", "sharedStrings"). */
    private record Relationships(Map<String, String> byId, Map<String, String> byType) {
    }

    private static Relationships relationships(ZipFile zip) throws IOException, XMLStreamException {
        Relationships found = new Relationships(new HashMap<>(), new HashMap<>());
        XMLStreamReader xml = reader(zip, "xl/_rels/workbook.xml.rels");
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = partName(xml.getAttributeValue(null, "Target"));
                    String type = xml.getAttributeValue(null, "Type");
                    found.byId().put(xml.getAttributeValue(null, "Id"), target);
                    found.byType().put(type.substring(type.lastIndexOf('/') + 1), target);
                }
            }
        } finally {
            xml.close();
        }
        return found;
    }

    private static String partName(String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        return target.startsWith("xl/") ? target : "xl/" + target;
    }

    static XMLStreamReader reader(ZipFile zip, String part) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("missing part " + part);
        }
        InputStream in = zip.getInputStream(entry);
        return XML.createXMLStreamReader(in);
    }

    XMLStreamReader sheet() throws IOException, XMLStreamException {
        return reader(zip, firstSheet);
    }

    boolean dates1904() {
        return dates1904;
    }

    /** The shared strings table (one entry per distinct cell text), packed. */
    SharedStrings sharedStrings() throws IOException, XMLStreamException {
        SharedStrings.Builder strings = new SharedStrings.Builder();
        if (sharedStringsPart == null || zip.getEntry(sharedStringsPart) == null) {
            return strings.build();
        }
        XMLStreamReader xml = reader(zip, sharedStringsPart);
        try {
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("si")) {
                        text.setLength(0);
                    } else if (name.equals("rPh")) {
                        phonetic++;
                    } else if (name.equals("t") && phonetic == 0) {
                        text.append(xml.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("si")) {
                        strings.add(text);
                    } else if (xml.getLocalName().equals("rPh")) {
                        phonetic--;
                    }
                }
            }
        } finally {
            xml.close();
        }
        return strings.build();
    }

    /** For each cell style index: whether its number format shows a date. */
    boolean[] dateStyles() throws IOException, XMLStreamException {
        if (stylesPart == null || zip.getEntry(stylesPart) == null) {
            return new boolean[0];
        }
        Map<Integer, String> formats = new HashMap<>();
        List<Boolean> dates = new ArrayList<>();
        XMLStreamReader xml = reader(zip, stylesPart);
        try {
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> formats.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                                xml.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                dates.add(showsDate(xml, formats));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } finally {
            xml.close();
        }
        boolean[] result = new boolean[dates.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = dates.get(i);
        }
        return result;
    }

    /** Whether the current cell style (<xf>) has a date format, built in or defined in <numFmts>. */
    private static boolean showsDate(XMLStreamReader xml, Map<Integer, String> formats) {
        String id = xml.getAttributeValue(null, "numFmtId");
        int formatId = id == null ? 0 : Integer.parseInt(id);
        String code = formats.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId));
        return code != null && DateUtil.isADateFormat(formatId, code);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
