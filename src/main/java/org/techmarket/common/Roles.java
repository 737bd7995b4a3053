package org.techmarket.common;

import java.util.Set;

/** The platform's roles, as constants usable in {@code @RolesAllowed}. */
public final class Roles {
    /** 成果方: member of a university or institute. */
    public static final String RESEARCHER = "RESEARCHER";
    /** 需求方: member of a company. */
    public static final String ENTERPRISE = "ENTERPRISE";
    /** 服务机构: member of a registered service provider. */
    public static final String PROVIDER = "PROVIDER";
    /** 市场工作人员: market staff. */
    public static final String STAFF = "STAFF";
    /** 评审专家: an expert invited by staff to score challenge submissions. */
    public static final String REVIEWER = "REVIEWER";
    /** Platform operator. */
    public static final String ADMIN = "ADMIN";

    /** Roles a person can give themselves by registering. */
    public static final Set<String> SELF_REGISTERED = Set.of(RESEARCHER, ENTERPRISE, PROVIDER);
    public static final Set<String> ALL = Set.of(RESEARCHER, ENTERPRISE, PROVIDER, REVIEWER, STAFF, ADMIN);

    private Roles() {
    }
}
