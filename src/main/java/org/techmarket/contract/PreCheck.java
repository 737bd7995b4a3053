package org.techmarket.contract;

import java.util.List;
import org.techmarket.common.Bundles;
import org.techmarket.common.Language;

/**
 * One finding of the checks shown to the seller before submission. A blocking one stops the
 * submission; a warning is for the seller to look at. The code is for machines; the message is
 * in the reader's language ({@code precheck_<code>} of the ct bundle).
 */
public record PreCheck(String code, boolean blocking, String message) {

    public static final String EXPIRED = "VALIDITY_EXPIRED";
    public static final String DOCUMENT_MISSING = "SIGNED_DOCUMENT_MISSING";
    public static final String TRANSACTION_ABOVE_CONTRACT = "TRANSACTION_ABOVE_CONTRACT";
    public static final String EQUIPMENT_INCLUDED = "EQUIPMENT_INCLUDED";
    public static final String TYPE_MISMATCH = "TYPE_INCONSISTENT_WITH_LISTING";
    public static final String DUPLICATE = "DUPLICATE_OF_REGISTERED";

    static PreCheck of(String code, boolean blocking, Language language, String... values) {
        String pattern = Bundles.text("ct", "precheck_" + code, language).orElse(code);
        return new PreCheck(code, blocking, Bundles.fill(pattern, List.of(values)));
    }
}
