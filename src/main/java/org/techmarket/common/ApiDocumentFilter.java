package org.techmarket.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Keeps only the JSON API under /api/v1 in the OpenAPI document (HTML pages and form posts are left out, with the
 * schemas only they used); every protected operation accepts each of the three credentials and may answer 401 or 403.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String API_ROOT = "/api/v1";
    /** The security schemes declared on {@link org.techmarket.account.AccountSecurityResource}. */
    static final List<String> SCHEMES = List.of("basic", "session", "token");
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (String path : new ArrayList<>(paths.getPathItems().keySet())) {
            if (!path.equals(API_ROOT) && !path.startsWith(API_ROOT + "/")) {
                paths.removePathItem(path);
            }
        }
        for (PathItem item : paths.getPathItems().values()) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(ApiDocumentFilter::offerEveryScheme);
            }
        }
        removeUnusedSchemas(openAPI, paths);
    }

    /**
     * Quarkus marks a @RolesAllowed or @Authenticated operation with one scheme (with 401 and 403), but not one a
     * resource inherits, which declares its requirement itself; any of the three schemes logs in.
     */
    private static void offerEveryScheme(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        List<SecurityRequirement> alternatives = new ArrayList<>();
        for (String scheme : SCHEMES) {
            alternatives.add(OASFactory.createSecurityRequirement().addScheme(scheme));
        }
        operation.setSecurity(alternatives);
        APIResponses responses = operation.getResponses();
        if (responses != null && !responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));
        }
        if (responses != null && !responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));
        }
    }

    private static void removeUnusedSchemas(OpenAPI openAPI, Paths paths) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Deque<Object> pending = new ArrayDeque<>();
        for (PathItem item : paths.getPathItems().values()) {
            addParameters(pending, item.getParameters());
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                addParameters(pending, operation.getParameters());
                if (operation.getRequestBody() != null) {
                    addContent(pending, operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        addContent(pending, response.getContent());
                        if (response.getHeaders() != null) {
                            for (Header header : response.getHeaders().values()) {
                                push(pending, header.getSchema());
                                addContent(pending, header.getContent());
                            }
                        }
                    }
                }
            }
        }
        Set<String> used = new HashSet<>();
        while (!pending.isEmpty()) {
            Object node = pending.pop();
            if (node instanceof Schema schema) {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(SCHEMA_REF)) {
                    String name = ref.substring(SCHEMA_REF.length());
                    if (used.add(name)) {
                        push(pending, components.getSchemas().get(name));
                    }
                }
                schema.getAll().values().forEach(value -> push(pending, value));
            } else if (node instanceof Map<?, ?> map) {
                map.values().forEach(value -> push(pending, value));
            } else if (node instanceof Collection<?> collection) {
                collection.forEach(value -> push(pending, value));
            }
        }
        for (String name : new ArrayList<>(components.getSchemas().keySet())) {
            if (!used.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    private static void addParameters(Deque<Object> pending, List<Parameter> parameters) {
        if (parameters != null) {
            for (Parameter parameter : parameters) {
                push(pending, parameter.getSchema());
                addContent(pending, parameter.getContent());
            }
        }
    }

    private static void addContent(Deque<Object> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType mediaType : content.getMediaTypes().values()) {
                push(pending, mediaType.getSchema());
            }
        }
    }

    private static void push(Deque<Object> pending, Object node) {
        if (node != null) {
            pending.push(node);
        }
    }
}
