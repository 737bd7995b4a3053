package org.techmarket.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Applies {@link InputGuard} to every query, path and form parameter before a resource sees it
 * (JSON bodies are guarded by {@link InputGuardJackson}), and checks that query parameters read as
 * numbers are numbers. A refused value is a 400 naming it.
 */
public class InputGuardFilter {

    @ServerRequestFilter
    @WithFormRead
    public void refuseControlCharacters(ResteasyReactiveContainerRequestContext request, ResourceInfo resource) {
        checkAll(request.getUriInfo().getQueryParameters());
        checkTypes(resource.getResourceMethod(), request.getUriInfo().getQueryParameters());
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

    /**
     * A query parameter the resource reads as a number or a boolean must be one: a 400 naming it (JAX-RS
     * would answer 404 for a value it cannot convert).
     */
    static void checkTypes(Method method, Map<String, List<String>> query) {
        if (method == null) {
            return;
        }
        for (Map.Entry<String, Class<?>> typed : TYPED_QUERY_PARAMETERS.computeIfAbsent(method, InputGuardFilter::typed)
                .entrySet()) {
            List<String> values = query.get(typed.getKey());
            if (values == null) {
                continue;
            }
            Class<?> type = typed.getValue();
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                String v = value.strip();
                try {
                    if (type == Integer.class || type == int.class) {
                        Integer.parseInt(v);
                    } else if (type == Long.class || type == long.class) {
                        Long.parseLong(v);
                    } else if (type == Double.class || type == double.class) {
                        Double.parseDouble(v);
                    } else if (!v.equals("true") && !v.equals("false")) {
                        throw InvalidInputException.of(typed.getKey(), "true or false");
                    }
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of(typed.getKey(),
                            type == Double.class || type == double.class ? "a number" : "a whole number");
                }
            }
        }
    }

    /** The query parameters of a resource method read as numbers or booleans, found once per method. */
    private static final Map<Method, Map<String, Class<?>>> TYPED_QUERY_PARAMETERS = new ConcurrentHashMap<>();

    private static Map<String, Class<?>> typed(Method method) {
        Map<String, Class<?>> typed = new java.util.LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(jakarta.ws.rs.BeanParam.class)) {
                // A parameter object: its fields are the query parameters.
                for (java.lang.reflect.Field field : parameter.getType().getDeclaredFields()) {
                    addIfTyped(typed, field.getAnnotation(QueryParam.class), field.getType());
                }
            }
            addIfTyped(typed, parameter.getAnnotation(QueryParam.class), parameter.getType());
        }
        return typed;
    }

    private static void addIfTyped(Map<String, Class<?>> typed, QueryParam annotation, Class<?> type) {
        if (annotation != null && (type == Integer.class || type == int.class || type == Long.class
                || type == long.class || type == Double.class || type == double.class || type == Boolean.class
                || type == boolean.class)) {
            typed.put(annotation.value(), type);
        }
    }

    private static void checkAll(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> InputGuard.check(name, value)));
    }
}
