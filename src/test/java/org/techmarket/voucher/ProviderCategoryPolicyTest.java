package org.techmarket.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A voucher pays a service when the provider is approved for its category and the program covers it. */
class ProviderCategoryPolicyTest {

    private static ProviderRegistration provider(ReviewStatus status, String... categories) {
        ProviderRegistration r = new ProviderRegistration();
        r.status = status;
        r.categories = categories;
        return r;
    }

    @Test
    void onlyAnApprovedProviderServesItsCategories() {
        assertTrue(ProviderCategoryPolicy.providerServes(provider(ReviewStatus.APPROVED, "TESTING", "DESIGN"), "DESIGN"));
        assertFalse(ProviderCategoryPolicy.providerServes(provider(ReviewStatus.APPROVED, "TESTING"), "DESIGN"));
        assertFalse(ProviderCategoryPolicy.providerServes(provider(ReviewStatus.SUBMITTED, "DESIGN"), "DESIGN"));
        assertFalse(ProviderCategoryPolicy.providerServes(null, "DESIGN"));
    }

    @Test
    void theProgramCoversItsCategoriesOnly() {
        VoucherProgram p = new VoucherProgram();
        p.categories = new String[] {"TESTING"};
        assertTrue(ProviderCategoryPolicy.programCovers(p, "TESTING"));
        assertFalse(ProviderCategoryPolicy.programCovers(p, "DESIGN"));
    }

    @Test
    void theCategoriesAreBoundAsAnArrayLiteral() {
        assertEquals("{\"TESTING\",\"a\\\"b\"}", ProviderCategoryPolicy.arrayLiteral(new String[] {"TESTING", "a\"b"}));
    }
}
