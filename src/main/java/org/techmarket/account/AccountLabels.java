package org.techmarket.account;

import io.quarkus.qute.TemplateExtension;

/** Message keys of account enums, for templates: {@code {msg:message(organisation.type.label)}}. */
@TemplateExtension
public class AccountLabels {

    static String roleLabel(UserAccount user) {
        return "role_" + user.role;
    }
}
