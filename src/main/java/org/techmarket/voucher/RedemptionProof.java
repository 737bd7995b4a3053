package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.techmarket.common.StoredFile;

/** The provider's proof of a redemption (invoice scan, service report): a PDF, PNG or JPEG of at most 10 MB. */
@Entity
@Table(name = "redemption_proof")
public class RedemptionProof extends StoredFile {
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @Column(name = "redemption_id")
    public Long redemptionId;
    @Column(name = "content_type", nullable = false)
    public String contentType;

    /** The content type the first bytes show, or null when it is none of PDF, PNG, JPEG. */
    public static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
