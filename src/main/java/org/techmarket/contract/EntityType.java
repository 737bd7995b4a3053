package org.techmarket.contract;

import org.techmarket.common.LabelKeys;

/** 主体类型 of a contract party, as the registration form asks for it. */
@LabelKeys("etype")
public enum EntityType {
    /** 企业法人 */
    ENTERPRISE,
    /** 事业单位（高校、科研院所） */
    PUBLIC_INSTITUTION,
    /** 社会团体 */
    SOCIAL_ORGANISATION,
    /** 其他组织 */
    OTHER
}
