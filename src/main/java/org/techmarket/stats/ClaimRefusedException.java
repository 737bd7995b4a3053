package org.techmarket.stats;

import org.techmarket.common.ConflictException;

/** Another staff member holds the item (409): the page says so in a flash, the API names the holder. */
public class ClaimRefusedException extends ConflictException {

    private final WorkClaim holder;

    public ClaimRefusedException(WorkClaim holder) {
        super("This " + holder.kind() + " item (" + holder.itemId() + ") is already taken by " + holder.holderName()
                + " since " + holder.claimedAt().toLocalDate());
        this.holder = holder;
    }

    public WorkClaim holder() {
        return holder;
    }
}
