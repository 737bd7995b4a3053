package org.techmarket.listing;

import org.techmarket.common.LabelKeys;

/** The intellectual property behind a result. */
@LabelKeys("iptype")
public enum IpType {
    /** 发明专利 */
    INVENTION_PATENT,
    /** 实用新型专利 */
    UTILITY_MODEL,
    /** 外观设计专利 */
    DESIGN_PATENT,
    /** 软件著作权 */
    SOFTWARE_COPYRIGHT,
    /** 植物新品种 / 集成电路布图 等 */
    OTHER,
    /** 技术秘密 (no registered right) */
    KNOW_HOW
}
