package org.techmarket.common;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What an uploaded file really is, found by parsing it (PDFBox for PDF, the JDK's image decoders for
 * PNG and JPEG), not by its first bytes: a file that only starts like a PDF is refused. Uploads are
 * at most {@link #MAX_BYTES}, also as the body limit of their routes ({@link UploadLimit}), and are
 * served as attachments.
 */
public final class UploadedFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private UploadedFiles() {
    }

    /** The content type of a well-formed PDF (with at least one page), PNG or JPEG; null for anything else. */
    public static String typeOf(byte[] b) {
        if (b == null || b.length < 8) {
            return null;
        }
        if (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return isPdf(b) ? PDF : null;
        }
        boolean png = (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
        if (png || jpeg) {
            try {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(b));
                return image != null && image.getWidth() > 0 ? (png ? PNG : JPEG) : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether the bytes parse as a PDF document with at least one page. */
    public static boolean isPdf(byte[] b) {
        if (b == null || b.length < 5 || b[0] != '%' || b[1] != 'P' || b[2] != 'D' || b[3] != 'F') {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(b)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A blank one-page PDF (demo data and tests need a real document to upload). */
    public static byte[] blankPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
