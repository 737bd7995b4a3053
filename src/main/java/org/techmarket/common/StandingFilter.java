package org.techmarket.common;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The access rule at the edge: a request to an endpoint that needs a login (and is not about the
 * person's {@link OwnAccount own account}) is refused with 403 before its body is read, unless the
 * person is an approved member of a verified organisation ({@link Standing#MEMBER}). Services
 * check the same rule again through {@link Caller#of}.
 */
public class StandingFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public Uni<Void> requireStanding(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || !organisationScoped(method, type)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onItem().invoke(identity -> {
            if (!identity.isAnonymous()) {
                Caller.of(identity);
            }
        }).replaceWithVoid();
    }

    static boolean organisationScoped(Method method, Class<?> type) {
        if (method.isAnnotationPresent(OwnAccount.class) || method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        if (secured(method)) {
            return true;
        }
        return !type.isAnnotationPresent(OwnAccount.class) && !type.isAnnotationPresent(PermitAll.class) && secured(type);
    }

    private static boolean secured(AnnotatedElement element) {
        return element.isAnnotationPresent(Authenticated.class) || element.isAnnotationPresent(RolesAllowed.class);
    }
}
