package org.techmarket.account;

import org.jboss.resteasy.reactive.RestForm;

/** The registration page's form fields, as posted. */
public class RegistrationForm {
    @RestForm public String username;
    @RestForm public String password;
    @RestForm public String displayName;
    @RestForm public String email;
    @RestForm public String phone;
    @RestForm public String role;
    @RestForm public String organisationName;
    @RestForm public String organisationType;
    @RestForm public String creditCode;
    @RestForm public String regionCode;
    /** The region picker's upper levels and its "choose" button (posts the form back to show the next level). */
    @RestForm public String regionProvince;
    @RestForm public String regionCity;
    @RestForm public String regionStep;
    @RestForm public String contactName;
    @RestForm public String contactPhone;
    @RestForm public String contactEmail;

    AccountApi.RegistrationRequest toRegistration() {
        OrganisationType type = null;
        try {
            type = organisationType == null || organisationType.isBlank() ? null
                    : OrganisationType.valueOf(organisationType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        return new AccountApi.RegistrationRequest(trim(username), password, trim(displayName), trim(email), trim(phone), trim(role),
                new AccountApi.RegistrationRequest.OrganisationDetails(trim(organisationName), type,
                        creditCode == null ? null : creditCode.trim().toUpperCase(), trim(regionCode),
                        trim(contactName), trim(contactPhone), trim(contactEmail)));
    }

    /** Field names of the page form, for errors reported with the API's nested names. */
    static String pageField(String apiField) {
        return switch (apiField) {
            case "organisation.name" -> "organisationName";
            case "organisation.type" -> "organisationType";
            case "organisation.creditCode" -> "creditCode";
            case "organisation.regionCode" -> "regionCode";
            case "organisation.contactName" -> "contactName";
            case "organisation.contactPhone" -> "contactPhone";
            case "organisation.contactEmail" -> "contactEmail";
            default -> apiField;
        };
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
