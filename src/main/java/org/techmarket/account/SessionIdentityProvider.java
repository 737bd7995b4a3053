package org.techmarket.account;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.techmarket.common.IdentityAttributes;

/**
 * The user behind a form-login session cookie (principal {@code username#sessionVersion}), with the
 * same attributes as at login. A user seen in the last few seconds is answered from the cache on
 * the I/O thread; otherwise the database is read on a worker thread ({@link
 * LoginService#identityForSession}, which fills the cache). A cookie whose session was ended
 * (logout, password change) no longer matches the account's session version.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    LoginService logins;

    @Inject
    @CacheName(LoginService.IDENTITY_CACHE)
    Cache identities;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String principal = request.getPrincipal();
        int at = principal.lastIndexOf(LoginService.SESSION_SEPARATOR);
        if (at > 0) {
            CompletableFuture<Object> cached = identities.as(CaffeineCache.class).getIfPresent(principal.substring(0, at));
            if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
                Optional<SecurityIdentity> identity = ((Optional<SecurityIdentity>) cached.join())
                        .filter(i -> principal.substring(at + 1).equals(
                                String.valueOf(i.<Object>getAttribute(IdentityAttributes.SESSION_VERSION))));
                return identity.map(i -> Uni.createFrom().item(i))
                        .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
            }
        }
        return context.runBlocking(() -> logins.identityForSession(principal)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
