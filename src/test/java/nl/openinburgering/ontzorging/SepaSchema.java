package nl.openinburgering.ontzorging;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The EPC's {@code pain.001.001.09} schema (a verbatim copy in {@code src/test/resources/sepa}, see its
 * ORIGIN.md) for the tests that check a payment file: validation and reading values by XPath.
 */
public final class SepaSchema {

    private SepaSchema() {}

    /** Validates against the XSD; throws with the schema's message when the file is not valid. */
    public static void valideer(String xml) throws Exception {
        SchemaFactory fabriek = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema =
                fabriek.newSchema(new StreamSource(SepaSchema.class.getResourceAsStream("/sepa/pain.001.001.09.xsd")));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    public static String waarde(String xml, String pad) throws Exception {
        DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
        Document document = fabriek.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return XPathFactory.newInstance().newXPath().evaluate(pad, document);
    }
}
