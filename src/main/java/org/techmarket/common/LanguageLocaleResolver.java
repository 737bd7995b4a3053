package org.techmarket.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/** Validation messages follow the page language the user chose. */
@ApplicationScoped
public class LanguageLocaleResolver implements LocaleResolver {

    @Inject
    CurrentVertxRequest currentRequest;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        try {
            return Language.of(currentRequest.getCurrent()).locale;
        } catch (ContextNotActiveException e) {
            return Language.ZH.locale;
        }
    }
}
