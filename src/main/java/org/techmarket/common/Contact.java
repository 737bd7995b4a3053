package org.techmarket.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whom to call about an organisation or a listing: a person, a phone and (optionally) an e-mail address. */
@Embeddable
public class Contact {
    @Column(name = "contact_name", nullable = false)
    public String name;

    @Column(name = "contact_phone", nullable = false)
    public String phone;

    @Column(name = "contact_email")
    public String email;
}
