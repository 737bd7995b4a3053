package org.techmarket.expo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.Caller;
import org.techmarket.common.Flash;
import org.techmarket.common.Idempotency;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Roles;

/** Pages: the expos, one expo (with the staff's forms on it), and the staff's expo form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ExpoPageResource {

    @Inject
    ExpoService expos;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Expo> expos, LocalDate today, boolean staff);

        static native TemplateInstance detail(ExpoService.Detail detail, boolean staff, String dealKey,
                Map<String, String> errors);

        static native TemplateInstance form(Long id, ExpoForms.ExpoForm form, Map<String, String> errors);
    }

    @GET
    @Path("expos")
    public TemplateInstance list() {
        return Templates.list(expos.list(), LocalDate.now(), isStaff());
    }

    @GET
    @Path("expos/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(id, Map.of());
    }

    @GET
    @Path("staff/expos/new")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance newForm() {
        return Templates.form(null, new ExpoForms.ExpoForm(), Map.of());
    }

    @POST
    @Path("staff/expos/new")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response create(@BeanParam ExpoForms.ExpoForm form) {
        try {
            Expo e = expos.create(Caller.of(identity), form.toInput());
            return Flash.redirect("/expos/" + e.id, "flash_expo_saved");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.form(null, form, e.fieldErrors())).build();
        }
    }

    @GET
    @Path("staff/expos/{id}/edit")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance editForm(@PathParam("id") long id) {
        return Templates.form(id, ExpoForms.ExpoForm.of(expos.get(id)), Map.of());
    }

    @POST
    @Path("staff/expos/{id}/edit")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response update(@PathParam("id") long id, @BeanParam ExpoForms.ExpoForm form) {
        try {
            expos.update(Caller.of(identity), id, form.toInput());
            return Flash.redirect("/expos/" + id, "flash_expo_saved");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.form(id, form, e.fieldErrors())).build();
        }
    }

    @POST
    @Path("staff/expos/{id}/exhibitors")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response addExhibitor(@PathParam("id") long id, @RestForm String exhibitor, @RestForm String booth) {
        return step(id, f -> "organisationId".equals(f) ? "exhibitor" : f, () -> expos.addExhibitor(Caller.of(identity), id,
                new ExpoApi.ExhibitorRequest(expos.organisationIdByCode("exhibitor", exhibitor), booth)));
    }

    @POST
    @Path("staff/expos/{id}/results")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response addResult(@PathParam("id") long id, @RestForm String result) {
        return step(id, f -> "resultId".equals(f) ? "result" : f, () -> expos.addResult(Caller.of(identity), id,
                new ExpoApi.ResultRequest(number("result", result))));
    }

    @POST
    @Path("staff/expos/{id}/sessions")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response addSession(@PathParam("id") long id, @BeanParam ExpoForms.SessionForm form) {
        return step(id, ExpoForms.SessionForm::pageField, () -> expos.addSession(Caller.of(identity), id,
                form.toInput(expos.organisationIdByCode("presenter", form.presenter))));
    }

    @POST
    @Path("staff/expos/{id}/deals")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recordDeal(@PathParam("id") long id, @BeanParam ExpoForms.DealForm form) {
        return step(id, ExpoForms.DealForm::pageField, () -> {
            Caller caller = Caller.of(identity);
            ExpoApi.DealRequest input = form.toInput(expos.organisationIdByCode("buyer", form.buyer));
            // The same hash as the API's: a form sent twice (or a retry) records the deal once.
            return idempotency.run(caller.userId(), form.key, List.of("expo-deal", id, input),
                    () -> new Idempotency.Outcome(201, expos.recordDeal(caller, id, input)));
        });
    }

    private Response step(long id, UnaryOperator<String> pageField, java.util.function.Supplier<?> action) {
        try {
            action.get();
            return Flash.redirect("/expos/" + id, "flash_expo_saved");
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((f, m) -> errors.putIfAbsent(pageField.apply(f), m));
            return Response.status(e instanceof Idempotency.UnprocessableException ? 422 : 400)
                    .entity(detailPage(id, errors)).build();
        }
    }

    private TemplateInstance detailPage(long id, Map<String, String> errors) {
        return Templates.detail(expos.detail(id), isStaff(), UUID.randomUUID().toString(), errors);
    }

    private boolean isStaff() {
        return identity.hasRole(Roles.STAFF) || identity.hasRole(Roles.ADMIN);
    }

    private static Long number(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "required");
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "not a whole number: " + text.strip());
        }
    }
}
