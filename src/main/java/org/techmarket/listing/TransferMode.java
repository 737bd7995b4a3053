package org.techmarket.listing;

import org.techmarket.common.LabelKeys;

/** How a result changes hands, or how an enterprise wants to cooperate. */
@LabelKeys("mode")
public enum TransferMode {
    /** 转让 */
    TRANSFER,
    /** 许可 */
    LICENSE,
    /** 作价入股 */
    EQUITY,
    /** 合作开发 */
    JOINT_DEVELOPMENT,
    /** 技术服务 */
    TECH_SERVICE
}
