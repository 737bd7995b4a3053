package org.techmarket.stats;

import org.techmarket.common.LabelKeys;

/** The queues of the staff workbench, one per kind of item staff decide on. */
@LabelKeys("wbkind")
public enum WorkKind {
    /** A submitted result or need (成果 / 需求) awaiting review. */
    LISTING,
    /** A change to a published listing awaiting review. */
    REVISION,
    /** An organisation awaiting verification. */
    ORGANISATION,
    /** A person awaiting approval to join an organisation. */
    MEMBER,
    /** A submitted technology contract awaiting registration (认定登记), due 30 days after submission. */
    CONTRACT,
    /** An application for an innovation voucher. */
    APPLICATION,
    /** A service provider's registration for voucher services. */
    PROVIDER,
    /** A provider's claim for the voucher part of an order (兑现). */
    REDEMPTION,
    /** A waiting redemption that carries oversight flags (its id is the redemption's). */
    ANOMALY
}
