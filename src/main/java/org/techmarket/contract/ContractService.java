package org.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Bundles;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.EnumLabels;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Language;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Texts;
import org.techmarket.common.UploadedFiles;
import org.techmarket.common.Validation;
import org.techmarket.listing.ListingService;
import org.techmarket.listing.ListingSummary;
import org.techmarket.matching.CaseService;
import org.techmarket.matching.MatchCase;
import org.techmarket.notification.Notifications;

/**
 * Technology contract registration (技术合同认定登记): the seller drafts and submits, the buyer
 * confirms, staff register, return or refuse within 30 days. Every step is in the audit trail.
 */
@ApplicationScoped
public class ContractService {

    public static final int MAX_DOCUMENT_BYTES = UploadedFiles.MAX_BYTES;

    @Inject
    Texts texts;

    @Inject
    ContractRepository contracts;

    @Inject
    org.techmarket.common.RegionDirectory regions;

    @Inject
    ContractDocumentRepository documents;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    OrganisationService organisations;

    @Inject
    ListingService listings;

    @Inject
    CaseService cases;

    @Inject
    AuditTrail audit;

    @Inject
    Validation validation;

    @Inject
    Notifications notifications;

    public enum Decision { REGISTER, RETURN, REJECT }

    public record Submission(Contract contract, List<PreCheck> checks) {
    }

    @Transactional
    public Contract create(Caller caller, ContractApi.ContractRequest input) {
        requireSeller(caller);
        Contract c = new Contract();
        c.draftedBy = caller.userId();
        apply(caller, input, c);
        contracts.persist(c);
        audit.record(Contract.ENTITY, c.id, "create", null, c.status, null);
        return c;
    }

    /**
     * A draft that staff write for a deal signed at an expo (现场签约): the seller, buyer, result and amount
     * as signed there; the seller completes the terms, uploads the signed PDF and submits it as any draft.
     */
    @Transactional
    public Contract draftForSeller(Caller staff, long sellerId, long buyerId, long resultId, String projectName,
            long amountFen, LocalDate signedOn) {
        if (!staff.isStaff()) {
            throw new ForbiddenActionException("Only market staff draft a contract for the parties");
        }
        Organisation seller = organisations.get(sellerId);
        Organisation buyer = organisations.get(buyerId);
        ListingSummary result = listings.summary(resultId).orElseThrow(() -> new NotFoundException("Listing", resultId));
        Contract c = new Contract();
        c.draftedBy = staff.userId();
        c.type = ContractType.defaultFor(result.modes());
        c.projectName = projectName;
        party(c.seller, seller);
        party(c.buyer, buyer);
        c.signingDate = signedOn;
        c.validFrom = signedOn;
        c.validTo = signedOn.plusYears(1);
        c.contractAmountFen = amountFen;
        c.transactionAmountFen = amountFen;
        c.resultId = resultId;
        c.field = result.field() == null ? null : result.field().name();
        contracts.persist(c);
        audit.record(Contract.ENTITY, c.id, "create", null, c.status, null);
        return c;
    }

    private static void party(ContractParty party, Organisation o) {
        party.organisationId = o.id;
        party.name = o.name;
        party.creditCode = o.creditCode;
        party.regionCode = o.regionCode;
        party.entityType = switch (o.type) {
            case ENTERPRISE, SERVICE_PROVIDER -> EntityType.ENTERPRISE;
            case UNIVERSITY, INSTITUTE -> EntityType.PUBLIC_INSTITUTION;
            default -> EntityType.OTHER;
        };
    }

    @Transactional
    public Contract update(Caller caller, long id, ContractApi.ContractRequest input) {
        Contract c = ownedBySeller(caller, id);
        if (!c.status.isEditable()) {
            throw new ConflictException("A " + c.status + " contract cannot be edited");
        }
        apply(caller, input, c);
        c.updatedAt = java.time.OffsetDateTime.now();
        audit.record(Contract.ENTITY, c.id, "edit", c.status, c.status, null);
        return c;
    }

    /** The checks shown to the seller before submission. */
    public List<PreCheck> preChecks(Caller caller, long id) {
        return checks(visible(caller, id), LocalDate.now());
    }

    @Transactional
    public Submission submit(Caller caller, long id) {
        Contract c = ownedBySeller(caller, id);
        List<PreCheck> checks = checks(c, LocalDate.now());
        List<PreCheck> blocking = checks.stream().filter(PreCheck::blocking).toList();
        if (!blocking.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            blocking.forEach(b -> errors.put(b.code(), b.message()));
            throw new InvalidInputException(errors);
        }
        ContractStatus from = c.status;
        c.submit(LocalDate.now());
        audit.record(Contract.ENTITY, c.id, "submit", from, c.status,
                checks.isEmpty() ? null : org.techmarket.common.AuditTrail.reason("warnings", String.join(",", checks.stream().map(PreCheck::code).toList())));
        tell(c.buyer.organisationId, "contract:" + c.id + ":submit:" + c.version, c, "contract.confirm", c.projectName);
        return new Submission(c, checks);
    }

    @Transactional
    public Contract confirm(Caller caller, long id) {
        Contract c = contracts.findForUpdate(id).orElseThrow(() -> new NotFoundException(Contract.ENTITY, id));
        if (!caller.isMemberOf(c.buyer.organisationId)) {
            if (caller.isMemberOf(c.seller.organisationId) || caller.isStaff()) {
                throw new ForbiddenActionException("Only the buyer confirms the contract");
            }
            throw new NotFoundException(Contract.ENTITY, id);
        }
        c.confirmByBuyer(caller.userId());
        audit.record(Contract.ENTITY, c.id, "buyer-confirm", c.status, c.status, null);
        return c;
    }

    /**
     * Staff decide. The row lock makes two simultaneous decisions on one contract run one after
     * the other: the second finds it decided (409) before it ever takes a registration number.
     */
    @Transactional
    public Contract decide(Caller caller, long id, Decision decision, Long approvedAmountFen, String reason) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff decide on contracts");
        }
        if (decision == null) {
            throw InvalidInputException.of("decision", "REGISTER, RETURN or REJECT");
        }
        if (decision != Decision.REGISTER && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "a reason is required to return or refuse a contract");
        }
        if (reason != null && reason.length() > 1000) {
            throw InvalidInputException.of("reason", "at most 1000 characters");
        }
        Contract c = contracts.findForUpdate(id).orElseThrow(() -> new NotFoundException(Contract.ENTITY, id));
        ContractStatus from = c.status;
        if (from != ContractStatus.SUBMITTED) {
            throw new ConflictException("This contract has already been decided or is not submitted (" + from + ")");
        }
        switch (decision) {
            case REGISTER -> {
                long amount = approvedAmountFen == null ? c.transactionAmountFen : approvedAmountFen;
                if (c.buyerConfirmedAt == null) {
                    throw new ConflictException("The buyer has not confirmed this contract yet");
                }
                if (!hasDocument(c.id)) {
                    throw new ConflictException("The signed contract document is missing");
                }
                if (amount <= 0 || amount > c.transactionAmountFen) {
                    throw InvalidInputException.of("approvedAmountFen",
                            "between 1 and the declared transaction amount (" + c.transactionAmountFen + ")");
                }
                c.register(numbers.next(c.seller.regionCode, LocalDate.now().getYear()), amount, caller.userId());
            }
            case RETURN -> c.returnForCorrection(reason.strip(), caller.userId());
            case REJECT -> c.reject(reason.strip(), caller.userId());
        }
        audit.record(Contract.ENTITY, c.id, decision.name().toLowerCase(), from, c.status,
                decision == Decision.REGISTER ? c.registrationNumber : reason);
        tell(c.seller.organisationId, "contract:" + c.id + ":" + c.status + ":" + c.version, c, "contract.decided",
                c.projectName, "@contract.status." + c.status);
        tell(c.buyer.organisationId, "contract:" + c.id + ":" + c.status + ":" + c.version, c, "contract.decided",
                c.projectName, "@contract.status." + c.status);
        return c;
    }

    @Transactional
    public ContractDocument upload(Caller caller, long id, String fileName, byte[] content) {
        Contract c = ownedBySeller(caller, id);
        if (!c.status.isEditable()) {
            throw new ConflictException("The document of a " + c.status + " contract cannot be replaced");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "choose the signed contract as a PDF");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw InvalidInputException.of("file", "the PDF is larger than 10 MB");
        }
        if (!UploadedFiles.isPdf(content)) {
            throw InvalidInputException.of("file", "the file is not a PDF");
        }
        ContractDocument doc = documents.findByIdOptional(c.id).orElseGet(ContractDocument::new);
        boolean fresh = doc.contractId == null;
        doc.contractId = c.id;
        doc.store(fileName, "contract.pdf", content, caller.userId());
        if (fresh) {
            documents.persist(doc);
        }
        audit.record(Contract.ENTITY, c.id, "upload-document", c.status, c.status, doc.sha256);
        return doc;
    }

    /** The PDF, for the parties and staff only; anyone else does not learn the contract exists. */
    public ContractDocument document(Caller caller, long id) {
        visible(caller, id);
        return documents.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Contract document", id));
    }

    public boolean hasDocument(long id) {
        return documents.count("contractId", id) > 0;
    }

    public Contract visible(Caller caller, long id) {
        Contract c = contracts.findByIdOptional(id).orElseThrow(() -> new NotFoundException(Contract.ENTITY, id));
        if (!caller.isStaff() && !caller.isMemberOf(c.seller.organisationId) && !caller.isMemberOf(c.buyer.organisationId)) {
            throw new NotFoundException(Contract.ENTITY, id);
        }
        return c;
    }

    public List<Contract> listFor(Caller caller) {
        return contracts.listOfOrganisation(caller.organisationId());
    }

    public List<Contract> queue(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff see the contract queue");
        }
        return contracts.listAwaitingDecision();
    }

    public List<Contract> registered(int limit) {
        return contracts.listRegistered(Math.min(Math.max(limit, 1), 200));
    }

    /** The most recently registered contracts as the public sees them (no confidential terms). */
    public List<ContractApi.DealView> registeredDeals(int limit) {
        return registered(limit).stream().map(c -> ContractResource.deal(c, regions)).toList();
    }

    public List<org.techmarket.common.AuditEvent> history(long id) {
        return audit.history(Contract.ENTITY, id);
    }

    /**
     * A technology development contract draft (技术开发) that an awarded challenge leads to: the challenge owner
     * buys, the winner sells, for the bounty; the winner's members edit, upload and submit it as any draft.
     * Called by the challenge feature, inside its award transaction; staff stand as the drafter.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contract draftForAward(long buyerOrganisationId, long sellerOrganisationId, String projectName,
            long amountFen, Long needId, long draftedBy) {
        Organisation buyer = organisations.get(buyerOrganisationId);
        Organisation seller = organisations.get(sellerOrganisationId);
        Contract c = new Contract();
        c.type = ContractType.DEVELOPMENT;
        c.projectName = projectName.length() > 200 ? projectName.substring(0, 200) : projectName;
        party(c.seller, seller);
        party(c.buyer, buyer);
        LocalDate today = LocalDate.now();
        c.signingDate = today;
        c.validFrom = today;
        c.validTo = today.plusYears(1);
        c.contractAmountFen = amountFen;
        c.transactionAmountFen = amountFen;
        c.needId = needId;
        c.field = needId == null ? null : listings.summary(needId).map(n -> n.field() == null ? null : n.field().name()).orElse(null);
        c.draftedBy = draftedBy;
        contracts.persist(c);
        audit.record(Contract.ENTITY, c.id, "create", null, c.status, null);
        return c;
    }

    /** What a contract drafted from an agreed case starts with: the case's listings and the other party. */
    public Optional<ContractApi.ContractRequest> draftFromCase(Caller caller, long caseId) {
        Optional<MatchCase> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MatchCase mc = found.get();
        Optional<ListingSummary> need = listings.summary(mc.needId);
        Optional<ListingSummary> result = listings.summary(mc.resultId);
        if (need.isEmpty() || result.isEmpty() || !caller.isMemberOf(result.get().organisationId())) {
            return Optional.empty();
        }
        String buyer = organisations.find(need.get().organisationId()).map(o -> o.creditCode).orElse(null);
        LocalDate today = LocalDate.now();
        return Optional.of(new ContractApi.ContractRequest(ContractType.defaultFor(result.get().modes()), result.get().title(), null,
                buyer, null, today,
                today, today.plusYears(1), null, null, 0L, null, mc.id, mc.resultId, mc.needId));
    }

    List<PreCheck> checks(Contract c, LocalDate today) {
        Language language = texts.language();
        List<PreCheck> checks = new ArrayList<>();
        if (!hasDocument(c.id)) {
            checks.add(PreCheck.of(PreCheck.DOCUMENT_MISSING, true, language));
        }
        if (c.validTo.isBefore(today)) {
            checks.add(PreCheck.of(PreCheck.EXPIRED, true, language, c.validTo.toString()));
        }
        if (c.transactionAmountFen > c.contractAmountFen) {
            checks.add(PreCheck.of(PreCheck.TRANSACTION_ABOVE_CONTRACT, true, language));
        }
        if (c.equipmentCostFen > 0 && c.transactionAmountFen + c.equipmentCostFen > c.contractAmountFen) {
            checks.add(PreCheck.of(PreCheck.EQUIPMENT_INCLUDED, false, language));
        }
        if (c.resultId != null) {
            listings.summary(c.resultId).filter(r -> r.modes() != null && r.modes().length > 0)
                    .filter(r -> !c.type.fitsAnyOf(r.modes()))
                    .ifPresent(r -> checks.add(PreCheck.of(PreCheck.TYPE_MISMATCH, false, language,
                            Bundles.text("ct", EnumLabels.key(c.type), language).orElse(c.type.name()),
                            String.join(language == Language.EN ? ", " : "、", java.util.Arrays.stream(r.modes())
                                    .map(m -> Bundles.text("ls", "mode_" + m, language).orElse(m)).toList()))));
        }
        if (contracts.existsRegisteredDuplicate(c)) {
            checks.add(PreCheck.of(PreCheck.DUPLICATE, true, language));
        }
        return checks;
    }

    private void apply(Caller caller, ContractApi.ContractRequest input, Contract c) {
        validation.check(input);
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.transactionAmountFen() > input.contractAmountFen()) {
            errors.put("transactionAmountFen", "must not exceed the contract amount");
        }
        long equipment = input.equipmentCostFen() == null ? 0 : input.equipmentCostFen();
        if (equipment > input.contractAmountFen()) {
            errors.put("equipmentCostFen", "must not exceed the contract amount");
        }
        if (input.validTo().isBefore(input.validFrom())) {
            errors.put("validTo", "must not be before the start date");
        }
        Organisation seller = organisations.get(caller.organisationId());
        Optional<Organisation> buyer = organisations.findByCreditCode(input.buyerCreditCode().strip().toUpperCase());
        if (buyer.isEmpty()) {
            errors.put("buyerCreditCode", "no organisation with this credit code is registered on the platform");
        } else if (buyer.get().id.equals(seller.id)) {
            errors.put("buyerCreditCode", "the buyer must be another organisation than the seller");
        }
        checkLink(input.resultId(), org.techmarket.listing.ListingKind.RESULT, "resultId", errors);
        checkLink(input.needId(), org.techmarket.listing.ListingKind.NEED, "needId", errors);
        Optional<MatchCase> fromCase = input.caseId() == null ? Optional.empty() : cases.find(input.caseId());
        if (input.caseId() != null && fromCase.isEmpty()) {
            errors.put("caseId", "no such match case");
        }
        // A contract from a case serves that case's result and need (and so its field and region).
        Long resultId = fromCase.map(mc -> mc.resultId).orElse(input.resultId());
        Long needId = fromCase.map(mc -> mc.needId).orElse(input.needId());
        if (fromCase.isPresent() && input.resultId() != null && !input.resultId().equals(resultId)) {
            errors.put("resultId", "the match case is about result " + resultId);
        }
        if (fromCase.isPresent() && input.needId() != null && !input.needId().equals(needId)) {
            errors.put("needId", "the match case is about need " + needId);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        c.type = input.type();
        c.projectName = input.projectName().strip();
        c.seller.organisationId = seller.id;
        c.seller.name = seller.name;
        c.seller.creditCode = seller.creditCode;
        c.seller.regionCode = seller.regionCode;
        c.seller.entityType = input.sellerEntityType();
        c.buyer.organisationId = buyer.get().id;
        c.buyer.name = buyer.get().name;
        c.buyer.creditCode = buyer.get().creditCode;
        c.buyer.regionCode = buyer.get().regionCode;
        c.buyer.entityType = input.buyerEntityType();
        c.signingDate = input.signingDate();
        c.validFrom = input.validFrom();
        c.validTo = input.validTo();
        c.contractAmountFen = input.contractAmountFen();
        c.transactionAmountFen = input.transactionAmountFen();
        c.equipmentCostFen = equipment;
        c.paymentTerms = input.paymentTerms() == null || input.paymentTerms().isBlank() ? null : input.paymentTerms().strip();
        c.caseId = input.caseId();
        c.resultId = resultId;
        c.needId = needId;
        c.field = resultId != null ? listings.summary(resultId).map(r -> r.field().name()).orElse(null)
                : needId != null ? listings.summary(needId).map(n -> n.field() == null ? null : n.field().name()).orElse(null) : null;
    }

    private void checkLink(Long id, org.techmarket.listing.ListingKind kind, String field, Map<String, String> errors) {
        if (id != null && listings.summary(id).filter(l -> l.kind() == kind).isEmpty()) {
            errors.put(field, "no such listing");
        }
    }

    private Contract ownedBySeller(Caller caller, long id) {
        Contract c = contracts.findForUpdate(id).orElseThrow(() -> new NotFoundException(Contract.ENTITY, id));
        if (!caller.isMemberOf(c.seller.organisationId)) {
            if (caller.isMemberOf(c.buyer.organisationId) || caller.isStaff()) {
                throw new ForbiddenActionException("Only the seller changes and submits the contract");
            }
            throw new NotFoundException(Contract.ENTITY, id);
        }
        return c;
    }

    private void requireSeller(Caller caller) {
        if (caller.isStaff()) {
            throw new ForbiddenActionException("Contracts are drafted by the seller, not by staff");
        }
    }

    private void tell(long organisationId, String once, Contract c, String key, Object... values) {
        notifications.notifyMembers(organisationId, null, "CONTRACT", once, "/contracts/" + c.id, key, values);
    }


}
