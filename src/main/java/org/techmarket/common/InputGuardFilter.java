package org.techmarket.common;

import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Applies {@link InputGuard} to every query, path and form parameter before a resource sees it
 * (JSON bodies are guarded by {@link InputGuardJackson}). A refused value is a 400 naming it.
 */
public class InputGuardFilter {

    @ServerRequestFilter
    @WithFormRead
    public void refuseControlCharacters(ResteasyReactiveContainerRequestContext request) {
        checkAll(request.getUriInfo().getQueryParameters());
        checkAll(request.getUriInfo().getPathParameters());
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            FormData form = context.getFormData();
            if (form != null) {
                for (String name : form) {
                    for (FormValue value : form.get(name)) {
                        if (!value.isFileItem()) {
                            InputGuard.check(name, value.getValue());
                        }
                    }
                }
            }
        }
    }

    private static void checkAll(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> InputGuard.check(name, value)));
    }
}
