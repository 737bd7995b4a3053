package org.techmarket.contract;

import java.util.Set;

/** The five kinds of technology contract, and the transfer modes of a listing each fits. */
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

    public boolean fitsAnyOf(String[] listingModes) {
        for (String mode : listingModes) {
            if (fittingModes.contains(mode)) {
                return true;
            }
        }
        return false;
    }
}
