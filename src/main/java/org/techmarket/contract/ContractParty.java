package org.techmarket.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One party of a technology contract as the registration records it: the member organisation, and
 * its name, unified social credit code, region and kind of entity as written in the contract.
 */
@Embeddable
public class ContractParty {
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    @Column(nullable = false)
    public String name;
    @Column(name = "credit_code", nullable = false)
    public String creditCode;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false)
    public EntityType entityType;
}
