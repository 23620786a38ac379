package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the scanner refuses (a file's damage is never read as data) and what it reads as every XML parser does. */
class XmlScannerTest {
    private static final byte[] T = XlsxRosterReader.ascii("t");

    /** The texts of every t element, in order. */
    private static List<String> texts(byte[] xml) throws IOException {
        XmlScanner scanner = XmlScanner.of(new ByteArrayInputStream(xml));
        List<String> texts = new ArrayList<>();
        for (int event = scanner.next(); event != XmlScanner.EOF; event = scanner.next()) {
            if (event == XmlScanner.START && scanner.is(T)) {
                StringBuilder text = new StringBuilder();
                scanner.text(text);
                texts.add(text.toString());
            }
        }
        return texts;
    }

    private static List<String> texts(String xml) throws IOException {
        return texts(xml.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<sst><si><t>张三</t></si>",                       // the part ends inside the root
        "<sst><si><t>张三</si></t></sst>",                 // end tags crossed
        "<sst><t>&nbsp;</t></sst>",                        // an entity XML does not predefine
        "<!DOCTYPE sst [<!ENTITY e \"炸\">]><sst><t>&e;</t></sst>", // a DTD's own entity is never expanded
        "<sst><t>&#0;</t></sst>",                          // a reference to a character XML forbids
        "<sst><t>a\u0001b</t></sst>",                       // a control character
        "<sst><t>a<b/></t></sst>",                         // an element inside text
        "<sst><t a=1>x</t></sst>",                         // an unquoted attribute
        "<sst/><sst/>",                                    // two roots
        "<sst><t>x</t></sst",                              // a broken end tag
        ""                                                 // nothing at all
    })
    void refusesWhatIsNotWellFormed(String xml) {
        assertThatThrownBy(() -> texts(xml)).isInstanceOf(IOException.class);
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "<sst><t>caf\u00e9</t></sst>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> texts(latin1)).isInstanceOf(IOException.class).hasMessageContaining("UTF-8");
        byte[] overlong = {'<', 't', '>', (byte) 0xC0, (byte) 0xBC, '<', '/', 't', '>'};
        assertThatThrownBy(() -> texts(overlong)).isInstanceOf(IOException.class);
    }

    @Test
    void readsTextAsParsersDo() throws IOException {
        assertThat(texts("<?xml version='1.0'?><!-- c --><x:sst xmlns:x='u'><x:t xml:space='preserve'> a&amp;b&#x4E09;&#19977;"
                + "<![CDATA[<]]]]>\r\nc\rd<!-- c --><?pi?>e</x:t><t/><t>\uD840\uDC00</t></x:sst>"))
                .containsExactly(" a&b三三<]]\nc\nde", "", "\uD840\uDC00");
    }

    @Test
    void aBufferBoundaryFallsAnywhereInsideATagOrACharacter() throws IOException {
        StringBuilder xml = new StringBuilder("<sst>");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String text = "张三" + i + "&" + (char) ('a' + i % 26);
            expected.add(text);
            xml.append("<si  count = \"").append(i).append("\" ><t>").append(text.replace("&", "&amp;")).append("</t></si>");
        }
        assertThat(texts(xml.append("</sst>").toString())).isEqualTo(expected);
    }
}
