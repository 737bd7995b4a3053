package org.techmarket.matching;

import org.techmarket.common.LabelKeys;

/** Why a party declined a case; shown to the other party. */
@LabelKeys("decline")
public enum DeclineReason {
    /** 技术尚不成熟 / 时机未到 */
    TOO_EARLY,
    /** 价格不合适 */
    PRICE,
    /** 知识产权不清晰 */
    IP_UNCLEAR,
    /** 不相关 */
    NOT_RELEVANT,
    /** 其他 */
    OTHER
}
