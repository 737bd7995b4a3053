package org.techmarket.voucher;

import java.util.List;

/**
 * A service is paid by a voucher only when the provider is registered (approved) for its category
 * and the voucher's program covers that category; categories come from one code list
 * ({@link ServiceCategory}). The one statement of the rule: the order form's check, the conditional
 * UPDATE that reserves voucher money ({@link #SQL}) and the refusal read it here.
 */
public final class ProviderCategoryPolicy {

    /** The program's side as a condition on a {@code service_order} row, with the parameter {@code :categories} (text[]). */
    static final String SQL = "category = ANY (cast(:categories AS text[]))";

    private ProviderCategoryPolicy() {
    }

    /** Whether the provider, as registered, may take an order of this category. */
    public static boolean providerServes(ProviderRegistration registration, String category) {
        return registration != null && registration.status == ReviewStatus.APPROVED
                && List.of(registration.categories).contains(category);
    }

    /** Whether the program's vouchers pay for this category. */
    public static boolean programCovers(VoucherProgram program, String category) {
        return List.of(program.categories).contains(category);
    }

    /** The program's categories as the PostgreSQL array literal {@link #SQL} binds. */
    static String arrayLiteral(String[] values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append('"')
                    .append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }
}
