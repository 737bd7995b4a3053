package org.techmarket.voucher;

import java.util.ArrayList;
import java.util.List;
import org.techmarket.common.Caller;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.MoneyInput;

/** Checks and list shapes the voucher services share. */
final class VoucherRules {

    /** Lists stop at this many rows: what waits for a decision first, then the most recent. */
    static final int LIST_LIMIT = 200;

    private VoucherRules() {
    }

    static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff do this");
        }
    }

    /** An amount in fen above zero and within the one limit of amounts. */
    static void positive(String field, Long value) {
        if (value == null || value <= 0 || value > MoneyInput.MAX_FEN) {
            throw InvalidInputException.of(field, "a positive amount in fen");
        }
    }

    /** What waits for a decision, then the most recently decided, {@link #LIST_LIMIT} in all. */
    static <T> List<T> waitingFirst(List<T> waiting, List<T> decided) {
        List<T> all = new ArrayList<>(waiting);
        all.addAll(decided.subList(0, Math.min(decided.size(), Math.max(0, LIST_LIMIT - waiting.size()))));
        return all;
    }
}
