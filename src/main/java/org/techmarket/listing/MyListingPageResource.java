package org.techmarket.listing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.Caller;
import org.techmarket.common.Flash;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Validation;
import org.techmarket.common.RegionDirectory;
import org.techmarket.common.RegionPicker;
import org.techmarket.common.Roles;

/** An owner's pages: my results or needs, the form to post and edit them, and the inquiry inbox. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MyListingPageResource {

    @Inject
    ListingService listings;

    @Inject
    InquiryService inquiries;

    @Inject
    RegionDirectory regions;

    @Inject
    ListingConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    Validation validation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(ListingKind kind, List<Listing> listings, LocalDate reminderHorizon);

        static native TemplateInstance form(ListingKind kind, Long id, ListingForm form, Map<String, String> errors,
                RegionPicker region);

        static native TemplateInstance inbox(InquiryService.Inbox inbox, Map<String, String> errors);
    }

    @GET
    @Path("my/listings")
    @RolesAllowed({Roles.RESEARCHER, Roles.ENTERPRISE})
    public TemplateInstance mine() {
        Caller caller = Caller.of(identity);
        ListingKind kind = kindOf(caller);
        return Templates.mine(kind, listings.listMine(caller, kind),
                LocalDate.now().plusDays(config.reminderDays()));
    }

    @GET
    @Path("my/listings/new")
    @RolesAllowed({Roles.RESEARCHER, Roles.ENTERPRISE})
    public TemplateInstance newForm() {
        ListingForm form = new ListingForm();
        form.validUntil = LocalDate.now().plusYears(1).toString();
        return Templates.form(kindOf(Caller.of(identity)), null, form, Map.of(),
                regions.picker(RegionDirectory.GANSU, null, null));
    }

    @POST
    @Path("my/listings/new")
    @RolesAllowed({Roles.RESEARCHER, Roles.ENTERPRISE})
    public Response create(@BeanParam ListingForm form) {
        Caller caller = Caller.of(identity);
        ListingKind kind = kindOf(caller);
        RegionPicker region = pickRegion(form);
        if (form.regionStep != null) {
            return Response.ok(Templates.form(kind, null, form, Map.of(), region)).build();
        }
        try {
            if (kind == ListingKind.RESULT) {
                listings.createResult(caller, form.toResult(validation));
            } else {
                listings.createNeed(caller, form.toNeed(validation));
            }
            return Flash.redirect("/my/listings", "flash_listing_saved");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.form(kind, null, form, pageErrors(e), region)).build();
        }
    }

    @GET
    @Path("my/listings/{id}/edit")
    @RolesAllowed({Roles.RESEARCHER, Roles.ENTERPRISE})
    public TemplateInstance editForm(@PathParam("id") long id) {
        Caller caller = Caller.of(identity);
        Listing listing = listings.getOwned(caller, id, kindOf(caller));
        return Templates.form(listing.kind, listing.id, ListingForm.of(listing), Map.of(),
                regions.picker(null, null, listing.regionCode));
    }

    @POST
    @Path("my/listings/{id}/edit")
    @RolesAllowed({Roles.RESEARCHER, Roles.ENTERPRISE})
    public Response update(@PathParam("id") long id, @BeanParam ListingForm form) {
        Caller caller = Caller.of(identity);
        ListingKind kind = kindOf(caller);
        RegionPicker region = pickRegion(form);
        if (form.regionStep != null) {
            listings.getOwned(caller, id, kind);
            return Response.ok(Templates.form(kind, id, form, Map.of(), region)).build();
        }
        try {
            ListingService.Edit edit = kind == ListingKind.RESULT ? listings.updateResult(caller, id, form.toResult(validation))
                    : listings.updateNeed(caller, id, form.toNeed(validation));
            return Flash.redirect("/my/listings", edit.revision() != null ? "flash_listing_revised" : "flash_listing_saved");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.form(kind, id, form, pageErrors(e), region)).build();
        }
    }

    @POST
    @Path("my/listings/{id}/{step:submit|withdraw|confirm}")
    @RolesAllowed({Roles.RESEARCHER, Roles.ENTERPRISE})
    public Response step(@PathParam("id") long id, @PathParam("step") String step) {
        Caller caller = Caller.of(identity);
        ListingKind kind = kindOf(caller);
        switch (step) {
            case "submit" -> listings.submit(caller, id, kind);
            case "withdraw" -> listings.withdraw(caller, id, kind);
            default -> listings.confirmAvailable(caller, id, kind);
        }
        return Flash.redirect("/my/listings", "flash_listing_" + step);
    }

    @GET
    @Path("inbox")
    @Authenticated
    public TemplateInstance inbox() {
        return Templates.inbox(inquiries.inbox(Caller.of(identity)), Map.of());
    }

    @POST
    @Path("inbox/{id}/reply")
    @Authenticated
    public Response reply(@PathParam("id") long id, @RestForm String reply) {
        Caller caller = Caller.of(identity);
        try {
            inquiries.reply(caller, id, reply);
            return Flash.redirect("/inbox", "flash_reply_sent");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.inbox(inquiries.inbox(caller), e.fieldErrors())).build();
        }
    }

    /** The picker as posted; the form then carries the most precise region picked as its regionCode. */
    private RegionPicker pickRegion(ListingForm form) {
        RegionPicker region = regions.picker(form.regionProvince, form.regionCity, form.regionCode);
        form.regionCode = region.code();
        return region;
    }

    private static ListingKind kindOf(Caller caller) {
        return Roles.ENTERPRISE.equals(caller.role()) ? ListingKind.NEED : ListingKind.RESULT;
    }

    private static Map<String, String> pageErrors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, message) -> errors.putIfAbsent(ListingForm.pageField(field), message));
        return errors;
    }
}
