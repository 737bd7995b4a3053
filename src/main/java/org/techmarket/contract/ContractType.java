package org.techmarket.contract;

import java.util.Set;
import org.techmarket.common.LabelKeys;

/** The five kinds of technology contract, and the transfer modes of a listing each fits. */
@LabelKeys("ctype")
public enum ContractType {
    /** 技术开发 */
    DEVELOPMENT("JOINT_DEVELOPMENT"),
    /** 技术转让 */
    TRANSFER("TRANSFER", "EQUITY"),
    /** 技术许可 */
    LICENSE("LICENSE"),
    /** 技术咨询 */
    CONSULTING("TECH_SERVICE"),
    /** 技术服务 */
    SERVICE("TECH_SERVICE");

    private final Set<String> fittingModes;

    ContractType(String... modes) {
        this.fittingModes = Set.of(modes);
    }

    /**
     * The type a contract for a listing starts with: the first of the listing's transfer modes that a
     * type fits (a licence offer becomes 技术许可, joint development 技术开发), else 技术转让.
     */
    public static ContractType defaultFor(String[] listingModes) {
        if (listingModes != null) {
            for (String mode : listingModes) {
                for (ContractType type : values()) {
                    if (type.fittingModes.contains(mode)) {
                        return type;
                    }
                }
            }
        }
        return TRANSFER;
    }

    public boolean fitsAnyOf(String[] listingModes) {
        for (String mode : listingModes) {
            if (fittingModes.contains(mode)) {
                return true;
            }
        }
        return false;
    }
}
