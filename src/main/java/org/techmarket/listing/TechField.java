package org.techmarket.listing;

import org.techmarket.common.LabelKeys;

/** The eight national high-technology fields (国家重点支持的高新技术领域). */
@LabelKeys("field")
public enum TechField {
    /** 电子信息 */
    ELECTRONIC_INFORMATION,
    /** 生物与新医药 */
    BIO_MEDICINE,
    /** 航空航天 */
    AEROSPACE,
    /** 新材料 */
    NEW_MATERIALS,
    /** 高技术服务 */
    HIGH_TECH_SERVICES,
    /** 新能源与节能 */
    NEW_ENERGY,
    /** 资源与环境 */
    RESOURCES_ENVIRONMENT,
    /** 先进制造与自动化 */
    ADVANCED_MANUFACTURING
}
