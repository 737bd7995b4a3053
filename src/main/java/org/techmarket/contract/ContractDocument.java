package org.techmarket.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.techmarket.common.StoredFile;

/** The signed contract as a PDF, kept in the database and served only to the parties and staff. */
@Entity
@Table(name = "contract_document")
public class ContractDocument extends StoredFile {
    @Id
    @Column(name = "contract_id")
    public Long contractId;
}
