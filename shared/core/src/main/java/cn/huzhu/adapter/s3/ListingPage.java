package cn.huzhu.adapter.s3;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** One page of a ListObjectsV2 answer: the keys, and the token of the next page when it is truncated. */
record ListingPage(List<String> keys, String next) {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    static ListingPage parse(byte[] xml) {
        List<String> keys = new ArrayList<>();
        String next = null;
        boolean truncated = false;
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "Key" -> keys.add(reader.getElementText());
                    case "IsTruncated" -> truncated = Boolean.parseBoolean(reader.getElementText().trim());
                    case "NextContinuationToken" -> next = reader.getElementText();
                    default -> { }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("S3 listing not understood", e);
        }
        return new ListingPage(keys, truncated ? next : null);
    }
}
