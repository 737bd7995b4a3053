package org.techmarket.voucher;

/**
 * 共担比例: a voucher pays at most the program's co-funding share of a service order, in whole fen
 * rounded down; the enterprise pays the rest. The one statement of the rule: the conditional UPDATE
 * that reserves voucher money ({@link #SQL}), the refusal that says how much is allowed ({@link #room})
 * and the pages that show the cap ({@link #maxVoucherFen}) all read it here.
 */
public final class CoFundingPolicy {

    /**
     * The rule as a condition on a {@code service_order} row, with the parameters {@code :amount} (the
     * voucher money to add) and {@code :percent} (the program's share). Integer division, as in Java.
     */
    static final String SQL = "voucher_amount_fen + :amount <= amount_fen * :percent / 100";

    private CoFundingPolicy() {
    }

    /** The most a voucher may pay of an order of {@code orderFen} under a share of {@code percent}. */
    public static long maxVoucherFen(long orderFen, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("co-funding share " + percent + "% is outside 1–100");
        }
        return orderFen * percent / 100;
    }

    /** What a voucher may still add to an order that already carries {@code voucherFen}. */
    public static long room(long orderFen, int percent, long voucherFen) {
        return Math.max(0, maxVoucherFen(orderFen, percent) - voucherFen);
    }

    /** Whether adding {@code addFen} keeps the order within the share: {@link #SQL} in Java. */
    public static boolean allows(long orderFen, int percent, long voucherFen, long addFen) {
        return addFen > 0 && voucherFen + addFen <= maxVoucherFen(orderFen, percent);
    }

    /** The refusal's words (the 400 on {@code amountFen}). */
    static String refusal(long orderFen, int percent, long voucherFen) {
        return "at most " + room(orderFen, percent, voucherFen) + " (the co-funding share " + percent + "% of the order)";
    }
}
