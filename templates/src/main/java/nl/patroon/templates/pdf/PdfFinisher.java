package nl.patroon.templates.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import nl.patroon.core.audit.Sha256;
import nl.patroon.templates.export.ExportDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a PDF's bytes depend on its content only: the information dictionary and the XMP metadata (PDF/A-2b
 * identification) carry the given fixed date, never the clock, and the trailer's document id is derived from
 * the content. Metadata is written from the export document, which is already redacted for its audience.
 */
final class PdfFinisher {
    private PdfFinisher() {
    }

    static void finish(PDDocument pdf, ExportDocument doc, Instant date, byte[] content) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.setTimeInMillis(date.toEpochMilli());
        String title = "Tijdlijn " + doc.parketnummer() + (doc.title() == null ? "" : " \u2014 " + doc.title());
        String subject = "Tijdlijn voor " + doc.audienceNl();

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor("Patroon");
        info.setCreator("Patroon");
        info.setProducer("Patroon (openhtmltopdf, Apache PDFBox)");
        info.setCreationDate(when);
        info.setModificationDate(when);
        pdf.setDocumentInformation(info);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException("B is a PDF/A conformance level", e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.setDescription(subject);
        dc.addCreator("Patroon");
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        basic.setMetadataDate(when);
        basic.setCreatorTool("Patroon");
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(info.getProducer());
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("XMP-metadata niet te schrijven", e);
        }
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xml.toByteArray());
        pdf.getDocumentCatalog().setMetadata(metadata);

        MessageDigest d = Sha256.digest();
        d.update(content);
        d.update(date.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] idBytes = Arrays.copyOf(d.digest(), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(idBytes));
        ids.add(new COSString(idBytes));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
