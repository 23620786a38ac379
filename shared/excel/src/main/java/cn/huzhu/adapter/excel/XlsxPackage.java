package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * are dates. The workbook is found the way Excel finds it, through the package relationships; part names are matched
 * as the Open Packaging Conventions say (any case, either slash). Transitional and Strict Open XML both read. The small
 * parts are read with StAX, DTDs and external entities off; the sheet and the shared strings with {@link XmlScanner}.
 */
final class XlsxPackage implements AutoCloseable {
    /** The spreadsheet namespaces of Transitional and Strict Open XML (ECMA-376 parts 1 and 4). */
    private static final Set<String> MAIN = Set.of("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            "http://purl.oclc.org/ooxml/spreadsheetml/main");
    static final XMLInputFactory XML = xmlFactory();

    private final ZipFile zip;
    private final ZipBombGuard guard;
    private final Map<String, ZipEntry> parts;
    private final String firstSheet;
    private final String sharedStringsPart;
    private final String stylesPart;
    private final boolean dates1904;

    private XlsxPackage(ZipFile zip, ZipBombGuard guard, Map<String, ZipEntry> parts, String firstSheet,
            String sharedStringsPart, String stylesPart, boolean dates1904) {
        this.zip = zip;
        this.guard = guard;
        this.parts = parts;
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
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Opens the package; an IOException / XMLStreamException when it is not a workbook. */
    static XlsxPackage open(Path file) throws IOException, XMLStreamException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            Parts parts = new Parts(zip, new ZipBombGuard(), index(zip));
            String workbookPart = workbookPart(parts);
            WorkbookPart workbook = readWorkbook(parts, workbookPart);
            Map<String, String> byId = new HashMap<>();
            Map<String, String> byType = new HashMap<>();
            readRelationships(parts, relationshipsOf(workbookPart), directoryOf(workbookPart), byId, byType);
            String sheet = byId.get(workbook.firstSheetId());
            if (sheet == null) {
                throw new IOException("the workbook names no first sheet");
            }
            return new XlsxPackage(zip, parts.guard(), parts.entries(), sheet, byType.get("sharedStrings"),
                    byType.get("styles"), workbook.dates1904());
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The package's entries by normalised name, each inflated through the package's one zip-bomb guard. */
    private record Parts(ZipFile zip, ZipBombGuard guard, Map<String, ZipEntry> entries) {
        boolean has(String part) {
            return part != null && entries.containsKey(normalize(part));
        }

        InputStream open(String part) throws IOException {
            ZipEntry entry = entries.get(normalize(part));
            if (entry == null) {
                throw new IOException("missing part " + part);
            }
            return guard.inflating(zip, entry);
        }

        XMLStreamReader xml(String part) throws IOException, XMLStreamException {
            return XML.createXMLStreamReader(open(part));
        }
    }

    /** Every entry under its normalised part name: no leading slash, forward slashes, lower case. */
    private static Map<String, ZipEntry> index(ZipFile zip) {
        Map<String, ZipEntry> parts = new HashMap<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            parts.putIfAbsent(normalize(entry.getName()), entry);
        }
        return parts;
    }

    static String normalize(String name) {
        String slashes = name.replace('\\', '/');
        while (slashes.startsWith("/")) {
            slashes = slashes.substring(1);
        }
        return slashes.toLowerCase(Locale.ROOT);
    }

    /** The main part, named by the package's officeDocument relationship; xl/workbook.xml when there is none. */
    private static String workbookPart(Parts parts) throws IOException, XMLStreamException {
        if (parts.has("_rels/.rels")) {
            Map<String, String> byType = new HashMap<>();
            readRelationships(parts, "_rels/.rels", "", new HashMap<>(), byType);
            String target = byType.get("officeDocument");
            if (parts.has(target)) {
                return target;
            }
        }
        return "xl/workbook.xml";
    }

    private record WorkbookPart(String firstSheetId, boolean dates1904) {
    }

    /** The relationship id of the first sheet, and whether dates count from 1904 (workbookPr of the main namespace). */
    private static WorkbookPart readWorkbook(Parts parts, String part) throws IOException, XMLStreamException {
        String firstSheetId = null;
        boolean dates1904 = false;
        XMLStreamReader xml = parts.xml(part);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT || !MAIN.contains(xml.getNamespaceURI())) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    dates1904 = "1".equals(value) || "true".equals(value);
                } else if (xml.getLocalName().equals("sheet") && firstSheetId == null) {
                    firstSheetId = relationshipId(xml);
                }
            }
        } finally {
            xml.close();
        }
        return new WorkbookPart(firstSheetId, dates1904);
    }

    /** r:id, in the Transitional or the Strict relationships namespace. */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (xml.getAttributeLocalName(i).equals("id") && namespace != null && namespace.endsWith("relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Reads a relationships part: targets by id, and by the last word of the relationship type ("worksheet", "styles",
     * "sharedStrings", "officeDocument"), resolved against the source part's directory.
     */
    private static void readRelationships(Parts parts, String part, String directory, Map<String, String> byId,
            Map<String, String> byType) throws IOException, XMLStreamException {
        XMLStreamReader xml = parts.xml(part);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String target = resolve(directory, xml.getAttributeValue(null, "Target"));
                    String type = String.valueOf(xml.getAttributeValue(null, "Type"));
                    byId.put(xml.getAttributeValue(null, "Id"), target);
                    byType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), target);
                }
            }
        } finally {
            xml.close();
        }
    }

    /** A relationship target as a part name: absolute ("/xl/x.xml") or relative to the source's directory. */
    static String resolve(String directory, String target) {
        String path = target.replace('\\', '/');
        String joined = path.startsWith("/") ? path.substring(1) : directory + path;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : joined.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static String directoryOf(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    private static String relationshipsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private Parts parts() {
        return new Parts(zip, guard, parts);
    }

    XmlScanner sheet() throws IOException {
        return XmlScanner.of(parts().open(firstSheet));
    }

    boolean dates1904() {
        return dates1904;
    }

    private static final byte[] STRING_ITEM = XlsxRosterReader.ascii("si");
    private static final byte[] TEXT = XlsxRosterReader.ascii("t");
    private static final byte[] PHONETIC = XlsxRosterReader.ascii("rPh");

    /** The shared strings table (one entry per distinct cell text), packed, escapes decoded, phonetic guides left out. */
    SharedStrings sharedStrings() throws IOException {
        SharedStrings.Builder strings = new SharedStrings.Builder();
        if (!parts().has(sharedStringsPart)) {
            return strings.build();
        }
        XmlScanner xml = XmlScanner.of(parts().open(sharedStringsPart));
        StringBuilder text = new StringBuilder();
        for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
            if (event == XmlScanner.START) {
                if (xml.is(STRING_ITEM)) {
                    text.setLength(0);
                } else if (xml.is(TEXT)) {
                    xml.text(text);
                } else if (xml.is(PHONETIC)) {
                    xml.skipElement();
                }
            } else if (xml.is(STRING_ITEM)) {
                strings.add(OoxmlText.hasEscape(text) ? OoxmlText.decode(text) : text);
            }
        }
        return strings.build();
    }

    /** For each cell style index: whether its number format shows a date. */
    boolean[] dateStyles() throws IOException, XMLStreamException {
        if (!parts().has(stylesPart)) {
            return new boolean[0];
        }
        Map<Integer, String> formats = new HashMap<>();
        List<Boolean> dates = new ArrayList<>();
        XMLStreamReader xml = parts().xml(stylesPart);
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
        int formatId = id == null || id.isBlank() ? 0 : Integer.parseInt(id.trim());
        String code = formats.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId));
        return code != null && DateUtil.isADateFormat(formatId, code);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
