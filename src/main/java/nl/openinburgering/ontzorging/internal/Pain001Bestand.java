package nl.openinburgering.ontzorging.internal;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.openinburgering.ontzorging.Bedrag;
import nl.openinburgering.ontzorging.Betaalregel;
import nl.openinburgering.ontzorging.Betaalronde;
import nl.openinburgering.ontzorging.Debiteur;

/**
 * A recorded payment run as a SEPA credit transfer initiation, ISO 20022 {@code pain.001.001.09} within the EPC
 * SCT customer-to-bank guidelines: one payment information block from the gemeente's account, one transaction
 * per transfer; {@code NbOfTxs} and {@code CtrlSum} in the group header and the block. The same run always gives
 * the same file (the ids come from the run and its lines), so downloading it again is harmless.
 */
public final class Pain001Bestand {

    public static final String NAAMRUIMTE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private Pain001Bestand() {}

    public static String van(Betaalronde ronde, Debiteur debiteur) {
        UUID id = ronde.id().orElseThrow(() -> new IllegalStateException("Alleen een vastgestelde ronde"));
        String aantal = String.valueOf(ronde.aantalTransacties());
        String som = Bedrag.decimaal(ronde.controlesomInCenten());
        StringWriter tekst = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(tekst);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAAMRUIMTE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            xml.writeStartElement("GrpHdr");
            element(xml, "MsgId", "OI" + kort(id));
            element(
                    xml,
                    "CreDtTm",
                    ronde.vastgesteldOp().orElseThrow().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            element(xml, "NbOfTxs", aantal);
            element(xml, "CtrlSum", som);
            xml.writeStartElement("InitgPty");
            element(xml, "Nm", debiteur.naam());
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            element(xml, "PmtInfId", "VL" + ronde.maand() + "-" + kort(id).substring(0, 20));
            element(xml, "PmtMtd", "TRF");
            element(xml, "NbOfTxs", aantal);
            element(xml, "CtrlSum", som);
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            element(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("ReqdExctnDt");
            element(xml, "Dt", ronde.uitvoerdatum().toString());
            xml.writeEndElement();
            xml.writeStartElement("Dbtr");
            element(xml, "Nm", debiteur.naam());
            xml.writeEndElement();
            rekening(xml, "DbtrAcct", debiteur.iban().waarde());
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            element(xml, "BICFI", debiteur.bic());
            xml.writeEndElement();
            xml.writeEndElement();
            element(xml, "ChrgBr", "SLEV");
            for (Betaalregel regel : ronde.overboekingen()) {
                transactie(xml, regel);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
        return tekst.toString();
    }

    private static void transactie(XMLStreamWriter xml, Betaalregel regel) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        element(xml, "EndToEndId", kort(regel.id()));
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(Bedrag.decimaal(regel.bedragInCenten()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Cdtr");
        element(xml, "Nm", regel.crediteurNaam());
        xml.writeEndElement();
        rekening(xml, "CdtrAcct", regel.iban().waarde());
        xml.writeStartElement("RmtInf");
        element(xml, "Ustrd", regel.omschrijving());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void rekening(XMLStreamWriter xml, String naam, String iban) throws XMLStreamException {
        xml.writeStartElement(naam);
        xml.writeStartElement("Id");
        element(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String naam, String waarde) throws XMLStreamException {
        xml.writeStartElement(naam);
        xml.writeCharacters(waarde);
        xml.writeEndElement();
    }

    private static String kort(UUID id) {
        return id.toString().replace("-", "");
    }
}
