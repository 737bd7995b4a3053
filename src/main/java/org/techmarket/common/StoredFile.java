package org.techmarket.common;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** An uploaded file kept in the database (signed contract, redemption proof): its bytes, name, size, hash, who and when. */
@MappedSuperclass
public abstract class StoredFile {
    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    public long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt = OffsetDateTime.now();

    /** Keeps new content: the name (at most 200 characters, or the fallback), size, hash, uploader and time. */
    public void store(String name, String fallbackName, byte[] bytes, long userId) {
        String n = name == null || name.isBlank() ? fallbackName : name.strip();
        fileName = n.length() > 200 ? n.substring(0, 200) : n;
        sizeBytes = bytes.length;
        sha256 = Hashes.sha256(bytes);
        content = bytes;
        uploadedBy = userId;
        uploadedAt = OffsetDateTime.now();
    }
}
