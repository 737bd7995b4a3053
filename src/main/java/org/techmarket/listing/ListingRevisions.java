package org.techmarket.listing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a revision changes: the listing's terms field by field, old → new (long texts by their length). */
final class ListingRevisions {

    private static final int SHOWN = 60;

    private ListingRevisions() {
    }

    static String changes(Listing before, Listing after) {
        Map<String, String> a = terms(before);
        Map<String, String> b = terms(after);
        StringBuilder out = new StringBuilder();
        a.forEach((field, old) -> {
            String now = b.get(field);
            if (!Objects.equals(old, now)) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(field).append(": ").append(shown(old)).append(" → ").append(shown(now));
            }
        });
        return out.toString();
    }

    static Map<String, String> terms(Listing l) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("title", l.title);
        t.put("summary", l.summary);
        t.put("description", l.description);
        t.put("field", l.field == null ? null : l.field.name());
        t.put("keywords", l.keywords == null ? null : String.join("，", l.keywords));
        t.put("maturity", String.valueOf(l.maturity));
        t.put("ipType", l.ipType == null ? null : l.ipType.name());
        t.put("ipStatus", l.ipStatus == null ? null : l.ipStatus.name());
        t.put("patentNumbers", l.patentNumbers);
        t.put("transferModes", l.modes == null ? null : String.join(",", Arrays.stream(l.modes).sorted().toList()));
        t.put("priceFen", l.priceFen == null ? null : l.priceFen.toString());
        t.put("budgetMinFen", l.budgetMinFen == null ? null : l.budgetMinFen.toString());
        t.put("budgetMaxFen", l.budgetMaxFen == null ? null : l.budgetMaxFen.toString());
        t.put("regionCode", l.regionCode);
        t.put("contactName", l.contact.name);
        t.put("contactPhone", l.contact.phone);
        t.put("contactEmail", l.contact.email);
        t.put("validUntil", l.validUntil == null ? null : l.validUntil.toString());
        return t;
    }

    private static String shown(String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        String flat = value.replace('\n', ' ');
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…（" + value.length() + "）";
    }
}
