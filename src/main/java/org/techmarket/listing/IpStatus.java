package org.techmarket.listing;

/** Where the intellectual property stands. */
public enum IpStatus {
    /** 已授权 */
    GRANTED,
    /** 申请中 */
    PENDING,
    /** 无 */
    NONE
}
