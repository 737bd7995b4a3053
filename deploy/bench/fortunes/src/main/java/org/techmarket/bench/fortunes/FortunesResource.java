package org.techmarket.bench.fortunes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TechEmpower Fortunes: all rows in one query, one more added at request time (never stored), sorted by
 * message, rendered as an HTML table by a Qute template (which escapes the messages).
 */
@Path("/fortunes")
public class FortunesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fortunes(List<Fortune> fortunes);
    }

    @GET
    @Produces("text/html; charset=UTF-8")
    public TemplateInstance fortunes() {
        List<Fortune> fortunes = new ArrayList<>(Fortune.<Fortune>listAll());
        fortunes.add(new Fortune(0, "Additional fortune added at request time."));
        fortunes.sort(Comparator.comparing(f -> f.message));
        return Templates.fortunes(fortunes);
    }
}
