package org.techmarket.listing;

import org.techmarket.common.LabelKeys;

/** Where the intellectual property stands. */
@LabelKeys("ipstatus")
public enum IpStatus {
    /** 已授权 */
    GRANTED,
    /** 申请中 */
    PENDING,
    /** 无 */
    NONE
}
