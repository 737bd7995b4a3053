package org.techmarket.trade;

/**
 * An online payment of a bidder's deposit. The market records bank transfers by hand (staff, from
 * the receipt); a payment provider plugs in here. Returns the provider's payment reference, or
 * throws when the payment failed (then nothing is recorded).
 */
public interface DepositGateway {

    String collect(long auctionId, int bidderNo, long fen, String idempotencyKey);
}
