package org.techmarket.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.techmarket.common.Roles;

/** Creates the first admin ({@code admin}) from TECHMARKET_ADMIN_PASSWORD when there is none yet. */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);
    public static final String FIRST_ADMIN = "admin";

    @Inject
    AccountConfig config;

    @Inject
    UserAccountRepository users;

    @Inject
    AccountService accounts;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        config.adminPassword().filter(p -> !p.isBlank()).ifPresent(password -> {
            if (users.findByUsername(FIRST_ADMIN).isEmpty()) {
                PasswordPolicy.weakness(password, FIRST_ADMIN).ifPresent(weak ->
                        LOG.warn("TECHMARKET_ADMIN_PASSWORD is weak (" + weak + "); change it after first login"));
                accounts.createMarketAccount(FIRST_ADMIN, password, Roles.ADMIN, "平台管理员", "admin@techmarket.local");
                LOG.info("Created the first admin account 'admin'");
            }
        });
    }
}
