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

/**
 * The user behind a form-login session cookie, with the same attributes as at login. A user seen
 * in the last few seconds is answered from the cache on the I/O thread; otherwise the database is
 * read on a worker thread ({@link LoginService#identityFor}, which fills the cache).
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
        CompletableFuture<Object> cached = identities.as(CaffeineCache.class).getIfPresent(request.getPrincipal());
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            Optional<SecurityIdentity> identity = (Optional<SecurityIdentity>) cached.join();
            return identity.map(i -> Uni.createFrom().item(i))
                    .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
        }
        return context.runBlocking(() -> logins.identityFor(request.getPrincipal())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
