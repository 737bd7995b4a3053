package org.techmarket.trade;

import org.techmarket.common.LabelKeys;

/**
 * A bidder's deposit (保证金): DUE until paid in, then HELD in escrow on the ledger; at the end
 * REFUNDED (lost, or no deal), APPLIED to the price (the winner settled), or FORFEITED (the winner
 * walked away).
 */
@LabelKeys("auction_deposit")
public enum DepositState {
    DUE, HELD, REFUNDED, APPLIED, FORFEITED
}
