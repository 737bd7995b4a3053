package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.techmarket.common.StoredFile;
import org.techmarket.common.UploadedFiles;

/** The provider's proof of a redemption (invoice scan, service report): a PDF, PNG or JPEG of at most 10 MB. */
@Entity
@Table(name = "redemption_proof")
public class RedemptionProof extends StoredFile {
    public static final int MAX_BYTES = UploadedFiles.MAX_BYTES;

    @Id
    @Column(name = "redemption_id")
    public Long redemptionId;
    @Column(name = "content_type", nullable = false)
    public String contentType;

    /** The content type of a PDF, PNG or JPEG that parses as one, or null. */
    public static String sniff(byte[] b) {
        return UploadedFiles.typeOf(b);
    }
}
