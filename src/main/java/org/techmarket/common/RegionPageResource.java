package org.techmarket.common;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The region picker's htmx fragment: the {@code <option>}s below a province or city. Public reference data, the
 * same in every language (region names are GB/T 2260's), so shared caches may keep it for a day.
 */
@Path("/regions")
public class RegionPageResource {

    static final String CACHE = "public, max-age=86400";

    @Inject
    RegionDirectory regions;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance children(List<Region> children);
    }

    @GET
    @Path("/{code}/children")
    @Produces(MediaType.TEXT_HTML)
    public Response children(@PathParam("code") String code) {
        if (code == null || !code.matches("\\d{6}")) {
            throw InvalidInputException.of("code", "not a 6-digit GB/T 2260 region code");
        }
        Region region = regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
        return Response.ok(Templates.children(regions.childrenOf(region.code))).header("Cache-Control", CACHE)
                // The names are in the reader's language (the switch cookie, else the browser's): a cache keeps one copy each.
                .header("Vary", "Cookie, Accept-Language").build();
    }
}
