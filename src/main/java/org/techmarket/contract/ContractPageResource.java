package org.techmarket.contract;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.techmarket.common.AuditEvent;
import org.techmarket.common.Caller;
import org.techmarket.common.Flash;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.MoneyInput;
import org.techmarket.common.Roles;

/** Pages: my contracts, the contract form and page, the staff queue, the certificate and the public feed of deals. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ContractPageResource {

    @Inject
    ContractService contracts;

    @Inject
    SecurityIdentity identity;

    @Inject
    org.techmarket.common.RegionDirectory regions;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Contract> contracts, long organisationId, LocalDate today);

        static native TemplateInstance form(Long id, ContractForm form, Map<String, String> errors);

        static native TemplateInstance detail(Contract contract, boolean seller, boolean buyer, boolean staff,
                List<PreCheck> checks, boolean hasDocument, List<AuditEvent> events, LocalDate today,
                Map<String, String> errors);

        static native TemplateInstance certificate(Contract contract);

        static native TemplateInstance queue(List<Contract> contracts, LocalDate today);

        static native TemplateInstance deals(List<ContractApi.DealView> deals);
    }


    @GET
    @Path("contracts")
    @Authenticated
    public TemplateInstance list() {
        Caller caller = Caller.of(identity);
        return Templates.list(contracts.listFor(caller), caller.organisationId(), LocalDate.now());
    }

    @GET
    @Path("contracts/new")
    @Authenticated
    public TemplateInstance newForm(@QueryParam("caseId") Long caseId) {
        Caller caller = Caller.of(identity);
        ContractForm form = caseId == null ? null
                : contracts.draftFromCase(caller, caseId).map(ContractForm::of).orElse(null);
        if (form == null) {
            form = new ContractForm();
            form.signingDate = LocalDate.now().toString();
            form.validFrom = LocalDate.now().toString();
        }
        return Templates.form(null, form, Map.of());
    }

    @POST
    @Path("contracts/new")
    @Authenticated
    public Response create(@BeanParam ContractForm form) {
        try {
            Contract c = contracts.create(Caller.of(identity), form.toInput());
            return Flash.redirect("/contracts/" + c.id, "flash_contract_saved");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.form(null, form, pageErrors(e))).build();
        }
    }

    @GET
    @Path("contracts/{id}/edit")
    @Authenticated
    public TemplateInstance editForm(@PathParam("id") long id) {
        return Templates.form(id, ContractForm.of(contracts.visible(Caller.of(identity), id)), Map.of());
    }

    @POST
    @Path("contracts/{id}/edit")
    @Authenticated
    public Response update(@PathParam("id") long id, @BeanParam ContractForm form) {
        try {
            contracts.update(Caller.of(identity), id, form.toInput());
            return Flash.redirect("/contracts/" + id, "flash_contract_saved");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.form(id, form, pageErrors(e))).build();
        }
    }

    @GET
    @Path("contracts/{id}")
    @Authenticated
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(id, Map.of());
    }

    @POST
    @Path("contracts/{id}/{step:submit|confirm}")
    @Authenticated
    public Response step(@PathParam("id") long id, @PathParam("step") String step) {
        try {
            if ("submit".equals(step)) {
                contracts.submit(Caller.of(identity), id);
            } else {
                contracts.confirm(Caller.of(identity), id);
            }
            return Flash.redirect("/contracts/" + id, "flash_contract_" + step);
        } catch (InvalidInputException e) {
            return Response.status(400).entity(detailPage(id, e.fieldErrors())).build();
        }
    }

    @POST
    @Path("contracts/{id}/document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        try {
            if (file == null || file.uploadedFile() == null) {
                throw InvalidInputException.of("file", "choose the signed contract as a PDF");
            }
            if (file.size() > ContractService.MAX_DOCUMENT_BYTES) {
                throw InvalidInputException.of("file", "the PDF is larger than 10 MB");
            }
            contracts.upload(Caller.of(identity), id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
            return Flash.redirect("/contracts/" + id, "flash_contract_document");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(detailPage(id, e.fieldErrors())).build();
        }
    }

    @POST
    @Path("contracts/{id}/decision")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String approvedAmount,
            @RestForm String reason) {
        try {
            ContractService.Decision d = decision == null ? null : ContractService.Decision.valueOf(decision);
            Long amount = MoneyInput.parse("approvedAmountFen", approvedAmount, MoneyInput.Unit.WAN);
            contracts.decide(Caller.of(identity), id, d, amount, reason);
            return Flash.redirect("/contracts/" + id, "flash_contract_decided");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(detailPage(id, e.fieldErrors())).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(detailPage(id, Map.of("decision", "invalid value"))).build();
        }
    }

    @GET
    @Path("contracts/{id}/certificate")
    @Authenticated
    public TemplateInstance certificate(@PathParam("id") long id) {
        Contract c = contracts.visible(Caller.of(identity), id);
        if (c.status != ContractStatus.REGISTERED) {
            throw new org.techmarket.common.NotFoundException("Certificate", id);
        }
        return Templates.certificate(c);
    }

    @GET
    @Path("staff/contracts")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public TemplateInstance queue() {
        return Templates.queue(contracts.queue(Caller.of(identity)), LocalDate.now());
    }

    @GET
    @Path("deals")
    public TemplateInstance deals() {
        return Templates.deals(contracts.registered(100).stream().map(c -> ContractResource.deal(c, regions)).toList());
    }

    private TemplateInstance detailPage(long id, Map<String, String> errors) {
        Caller caller = Caller.of(identity);
        Contract c = contracts.visible(caller, id);
        boolean seller = caller.isMemberOf(c.seller.organisationId);
        return Templates.detail(c, seller, caller.isMemberOf(c.buyer.organisationId), caller.isStaff(),
                seller && c.status.isEditable() ? contracts.preChecks(caller, id) : List.of(), contracts.hasDocument(id),
                contracts.history(id), LocalDate.now(), errors);
    }

    private static Map<String, String> pageErrors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((f, m) -> errors.putIfAbsent(ContractForm.pageField(f), m));
        return errors;
    }
}
