package org.techmarket.listing;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese names of listing enums as they appear in spreadsheets, and the message keys
 * templates use for them ({@code {msg:message(listing.field.label)}}).
 */
@TemplateExtension
public final class ListingLabels {

    static final Map<TechField, String> FIELDS = Map.of(
            TechField.ELECTRONIC_INFORMATION, "电子信息",
            TechField.BIO_MEDICINE, "生物与新医药",
            TechField.AEROSPACE, "航空航天",
            TechField.NEW_MATERIALS, "新材料",
            TechField.HIGH_TECH_SERVICES, "高技术服务",
            TechField.NEW_ENERGY, "新能源与节能",
            TechField.RESOURCES_ENVIRONMENT, "资源与环境",
            TechField.ADVANCED_MANUFACTURING, "先进制造与自动化");

    static final Map<TransferMode, String> MODES = Map.of(
            TransferMode.TRANSFER, "转让",
            TransferMode.LICENSE, "许可",
            TransferMode.EQUITY, "作价入股",
            TransferMode.JOINT_DEVELOPMENT, "合作开发",
            TransferMode.TECH_SERVICE, "技术服务");

    static final Map<IpType, String> IP_TYPES = Map.of(
            IpType.INVENTION_PATENT, "发明专利",
            IpType.UTILITY_MODEL, "实用新型",
            IpType.DESIGN_PATENT, "外观设计",
            IpType.SOFTWARE_COPYRIGHT, "软件著作权",
            IpType.OTHER, "其他",
            IpType.KNOW_HOW, "技术秘密");

    static final Map<IpStatus, String> IP_STATUSES = Map.of(
            IpStatus.GRANTED, "已授权",
            IpStatus.PENDING, "申请中",
            IpStatus.NONE, "无");

    private ListingLabels() {
    }

    /** An enum value from its Chinese name or its code (ELECTRONIC_INFORMATION). */
    static <E extends Enum<E>> Optional<E> parse(Map<E, String> names, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Map.Entry<E, String> e : names.entrySet()) {
            if (e.getValue().equals(t) || e.getKey().name().equalsIgnoreCase(t)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

}
