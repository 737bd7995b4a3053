package org.techmarket.expo;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;
import org.techmarket.common.Idempotency;
import org.techmarket.common.Roles;

/** Expos over JSON: public reads, staff writes. */
@Path("/api/v1/expos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Expos", description = "Technology expos (成果博览会): exhibitors, exhibited results, pitch sessions and "
        + "deals signed on site, which become contract drafts for their parties.")
public class ExpoResource {

    @Inject
    ExpoService expos;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Operation(summary = "List expos", description = "Every expo, the latest first. Public.")
    public List<ExpoApi.ExpoView> list() {
        return expos.list().stream().map(ExpoApi.ExpoView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Create an expo",
            description = "An expo with its name, first and last day, venue and organiser. Staff only.")
    @APIResponse(responseCode = "201", description = "The new expo; Location names it",
            content = @Content(schema = @Schema(implementation = ExpoApi.ExpoView.class)))
    public Response create(ExpoApi.ExpoRequest input) {
        Expo e = expos.create(Caller.of(identity), input);
        return Response.created(URI.create("/api/v1/expos/" + e.id)).entity(ExpoApi.ExpoView.of(e)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an expo",
            description = "The expo with its exhibitors, exhibited results, session schedule, deals signed on site "
                    + "and figures. Public.")
    public ExpoApi.DetailView get(@PathParam("id") long id) {
        ExpoService.Detail d = expos.detail(id);
        return new ExpoApi.DetailView(ExpoApi.ExpoView.of(d.expo()),
                d.exhibitors().stream().map(ExpoApi.ExhibitorView::of).toList(),
                d.results().stream().map(ExpoApi.ResultView::of).toList(),
                d.sessions().stream().map(ExpoApi.SessionView::of).toList(), d.deals(), d.figures());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Change an expo", description = "Replaces the expo's name, days, venue and organiser. Staff only.")
    public ExpoApi.ExpoView update(@PathParam("id") long id, ExpoApi.ExpoRequest input) {
        return ExpoApi.ExpoView.of(expos.update(Caller.of(identity), id, input));
    }

    @GET
    @Path("/{id}/figures")
    @PermitAll
    @Operation(summary = "Get an expo's figures",
            description = "Results shown, exhibitors, sessions, deals signed and their amount, and how many of those "
                    + "deals' contracts were registered later with the approved amount. Amounts in fen. Public.")
    public ExpoApi.Figures figures(@PathParam("id") long id) {
        return expos.detail(id).figures();
    }

    @POST
    @Path("/{id}/exhibitors")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Add an exhibitor",
            description = "Adds a verified organisation as exhibitor, with an optional booth; its members are told. "
                    + "An organisation already exhibiting stays as it is. Staff only.")
    @APIResponse(responseCode = "201", description = "The exhibitor",
            content = @Content(schema = @Schema(implementation = ExpoApi.ExhibitorView.class)))
    public Response addExhibitor(@PathParam("id") long id, ExpoApi.ExhibitorRequest input) {
        ExpoExhibitor x = expos.addExhibitor(Caller.of(identity), id, input);
        return Response.created(URI.create("/api/v1/expos/" + id)).entity(ExpoApi.ExhibitorView.of(x)).build();
    }

    @POST
    @Path("/{id}/results")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Exhibit a result",
            description = "Shows a published technology result at the expo; its organisation becomes an exhibitor. "
                    + "Staff only.")
    @APIResponse(responseCode = "201", description = "The exhibited result",
            content = @Content(schema = @Schema(implementation = ExpoApi.ResultView.class)))
    public Response addResult(@PathParam("id") long id, ExpoApi.ResultRequest input) {
        ExpoResult r = expos.addResult(Caller.of(identity), id, input);
        return Response.created(URI.create("/api/v1/results/" + r.resultId)).entity(ExpoApi.ResultView.of(r)).build();
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Schedule a pitch session",
            description = "A pitch (路演) with its title, presenting organisation, optional exhibited result, room "
                    + "and start and end within the expo's days (market time). Staff only.")
    @APIResponse(responseCode = "201", description = "The session",
            content = @Content(schema = @Schema(implementation = ExpoApi.SessionView.class)))
    public Response addSession(@PathParam("id") long id, ExpoApi.SessionRequest input) {
        ExpoSession s = expos.addSession(Caller.of(identity), id, input);
        return Response.created(URI.create("/api/v1/expos/" + id)).entity(ExpoApi.SessionView.of(s)).build();
    }

    @POST
    @Path("/{id}/deals")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key the client chooses for this request (1–100 characters): a retry with the same key "
                    + "gets the first answer and records the deal once; the same key with another body is refused "
                    + "(422).")
    @Operation(summary = "Record a deal signed on site",
            description = "Records a deal on an exhibited, published result (its organisation sells) with another "
                    + "verified organisation, an amount in fen and a signing day within the expo; a contract draft "
                    + "is created for the parties to complete and both are told. Staff only.")
    @APIResponse(responseCode = "201", description = "The deal with its contract draft",
            content = @Content(schema = @Schema(implementation = ExpoApi.DealView.class)))
    public Response recordDeal(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            ExpoApi.DealRequest input) {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.userId(), key, List.of("expo-deal", id, input == null ? "" : input),
                () -> new Idempotency.Outcome(201, expos.recordDeal(caller, id, input)));
    }
}
