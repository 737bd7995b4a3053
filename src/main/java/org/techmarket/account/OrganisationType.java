package org.techmarket.account;

import java.util.Set;
import org.techmarket.common.LabelKeys;
import org.techmarket.common.Roles;

/** Kinds of organisation and which self-registered role their members take. */
@LabelKeys("orgtype")
public enum OrganisationType {
    /** 高等院校 */
    UNIVERSITY(Roles.RESEARCHER),
    /** 科研院所 */
    INSTITUTE(Roles.RESEARCHER),
    /** 企业 */
    ENTERPRISE(Roles.ENTERPRISE),
    /** 服务机构 */
    SERVICE_PROVIDER(Roles.PROVIDER),
    /** 市场运营方: the market itself, home of staff, admins and the expert reviewers they invite. */
    MARKET(Roles.STAFF, Roles.ADMIN, Roles.REVIEWER);

    private final Set<String> memberRoles;

    OrganisationType(String... memberRoles) {
        this.memberRoles = Set.of(memberRoles);
    }

    public boolean admits(String role) {
        return memberRoles.contains(role);
    }
}
