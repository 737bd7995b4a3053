package org.techmarket.account;

import io.quarkus.qute.TemplateExtension;

/** Message keys of account enums, for templates: {@code {msg:message(organisation.type.label)}}. */
@TemplateExtension
public class AccountLabels {

    static String label(OrganisationType type) {
        return "orgtype_" + type.name();
    }

    static String label(OrganisationStatus status) {
        return "orgstatus_" + status.name();
    }

    static String roleLabel(UserAccount user) {
        return "role_" + user.role;
    }
}
