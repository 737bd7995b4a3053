package org.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ConflictException;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;
import org.techmarket.notification.Notifications;

/**
 * Redemptions (兑付): the provider claims a delivered order paid by a voucher, with the invoice and
 * its proof; staff pay it (the reservation is redeemed) or return it (the reservation is released).
 */
@ApplicationScoped
public class RedemptionService {

    @Inject
    RedemptionRepository redemptions;
    @Inject
    RedemptionProofRepository proofs;
    @Inject
    ServiceOrderRepository orders;
    @Inject
    VoucherRepository vouchers;
    @Inject
    VoucherProgramRepository programs;
    @Inject
    Ledger ledger;
    @Inject
    AuditTrail audit;
    @Inject
    Notifications notifications;

    @Transactional
    public Redemption submitRedemption(Caller caller, long orderId, String invoiceNumber) {
        if (invoiceNumber == null || invoiceNumber.isBlank() || invoiceNumber.length() > 40) {
            throw InvalidInputException.of("invoiceNumber", "1–40 characters");
        }
        ServiceOrder o = orders.lockedForProvider(caller, orderId);
        if (!o.claimable()) {
            throw new ConflictException("Only a delivered order paid with a voucher is redeemed");
        }
        VoucherProgram p = programs.findById(vouchers.findById(o.voucherId).programId);
        if (!UseDeadlinePolicy.claimable(p.redemptionDeadline, LocalDate.now())) {
            throw new ConflictException("The program's redemption deadline has passed");
        }
        if (redemptions.count("invoiceNumber", invoiceNumber.strip()) > 0) {
            throw new ConflictException("This invoice number has already been used");
        }
        if (redemptions.count("orderId = ?1 and status <> ?2", o.id, ReviewStatus.REJECTED) > 0) {
            throw new ConflictException("This order already has a redemption");
        }
        Redemption r = new Redemption();
        r.orderId = o.id;
        r.voucherId = o.voucherId;
        r.providerOrganisationId = o.providerOrganisationId;
        r.amountFen = o.voucherAmountFen;
        r.invoiceNumber = invoiceNumber.strip();
        redemptions.persist(r);
        audit.record("Redemption", r.id, "submit", null, r.status.name(), null);
        return r;
    }

    /** Staff pay (the reservation becomes redeemed) or reject (the reservation goes back to the voucher). */
    @Transactional
    public Redemption decideRedemption(Caller caller, long id, boolean approve, String reason) {
        VoucherRules.requireStaff(caller);
        Redemption r = redemptions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Redemption", id));
        r.checkDecision(approve, reason, "redemption");
        if (approve && proofs.findByIdOptional(r.id).isEmpty()) {
            throw new ConflictException("The provider has not uploaded the proof of this redemption yet");
        }
        ServiceOrder o = orders.findByIdOptional(r.orderId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        Voucher v = vouchers.findByIdOptional(r.voucherId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        if (approve) {
            ledger.redeem(v, r.amountFen, "redemption " + r.id);
            o.redeemed();
            v.exhaustIfEmpty(ledger.balance(Ledger.available(v.id)) + ledger.balance(Ledger.reserved(v.id)));
        } else {
            ledger.release(v, r.amountFen, "redemption " + r.id);
            o.released(r.amountFen);
        }
        r.decide(approve, reason);
        audit.record("Redemption", r.id, approve ? "approve" : "reject", ReviewStatus.SUBMITTED.name(), r.status.name(),
                reason);
        String once = "redemption:" + r.id + ":" + r.status + ":" + r.version;
        for (long organisation : new long[] {r.providerOrganisationId, o.enterpriseOrganisationId}) {
            notifications.notifyMembers(organisation, null, "VOUCHER", once, "/my/vouchers",
                    approve ? "redemption.paid" : "redemption.returned", o.description,
                    approve ? String.format("%,.2f", r.amountFen / 100.0) : reason);
        }
        return r;
    }

    /** The provider claims a delivered order and uploads its proof in one step (the page's form). */
    @Transactional
    public Redemption submitRedemptionWithProof(Caller caller, long orderId, String invoiceNumber, String fileName,
            byte[] content) {
        Redemption r = submitRedemption(caller, orderId, invoiceNumber);
        redemptions.flush();
        uploadProof(caller, r.id, fileName, content);
        return r;
    }

    /** The provider uploads (or replaces, while staff have not decided) the proof of a redemption. */
    @Transactional
    public RedemptionProof uploadProof(Caller caller, long redemptionId, String fileName, byte[] content) {
        Redemption r = redemptions.findByIdOptional(redemptionId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.isMemberOf(x.providerOrganisationId))
                .orElseThrow(() -> new NotFoundException("Redemption", redemptionId));
        if (r.status != ReviewStatus.SUBMITTED) {
            throw new ConflictException("The proof of a decided redemption cannot be replaced");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "choose the invoice or service report (PDF, PNG or JPEG)");
        }
        if (content.length > RedemptionProof.MAX_BYTES) {
            throw InvalidInputException.of("file", "the file is larger than 10 MB");
        }
        String type = RedemptionProof.sniff(content);
        if (type == null) {
            throw InvalidInputException.of("file", "the file is not a PDF, PNG or JPEG");
        }
        RedemptionProof proof = proofs.findByIdOptional(r.id).orElseGet(RedemptionProof::new);
        boolean fresh = proof.redemptionId == null;
        proof.redemptionId = r.id;
        proof.contentType = type;
        proof.store(fileName, "proof", content, caller.userId());
        if (fresh) {
            proofs.persist(proof);
        }
        audit.record("Redemption", r.id, "upload-proof", r.status.name(), r.status.name(), proof.sha256);
        return proof;
    }

    /** The proof, for the provider who uploaded it and staff. */
    public RedemptionProof proof(Caller caller, long redemptionId) {
        Redemption r = redemptions.findByIdOptional(redemptionId)
                .filter(x -> caller.isStaff() || caller.isMemberOf(x.providerOrganisationId))
                .orElseThrow(() -> new NotFoundException("Redemption", redemptionId));
        return proofs.findByIdOptional(r.id).orElseThrow(() -> new NotFoundException("Redemption proof", redemptionId));
    }

    public boolean hasProof(long redemptionId) {
        return proofs.count("redemptionId", redemptionId) > 0;
    }

    public List<Redemption> redemptionsOf(Caller caller) {
        if (!caller.isStaff()) {
            return redemptions.find("providerOrganisationId = ?1 order by id desc", caller.organisationId())
                    .page(0, VoucherRules.LIST_LIMIT).list();
        }
        return VoucherRules.waitingFirst(redemptions.find("status = ?1 order by createdAt", ReviewStatus.SUBMITTED).page(0, VoucherRules.LIST_LIMIT).list(),
                redemptions.find("status <> ?1 order by decidedAt desc", ReviewStatus.SUBMITTED).page(0, VoucherRules.LIST_LIMIT).list());
    }

    /** Redemptions waiting for a decision, the longest waiting first (at most {@link VoucherRules#LIST_LIMIT}). */
    public List<Redemption> waitingRedemptions(Caller caller) {
        VoucherRules.requireStaff(caller);
        return redemptions.find("status = ?1 order by createdAt, id", ReviewStatus.SUBMITTED).page(0, VoucherRules.LIST_LIMIT).list();
    }

    /** Which of these redemptions have their proof uploaded, in one query. */
    public java.util.Set<Long> withProof(java.util.Collection<Long> redemptionIds) {
        if (redemptionIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(proofs.find("select p.redemptionId from RedemptionProof p where p.redemptionId in ?1",
                java.util.Set.copyOf(redemptionIds)).project(Long.class).list());
    }

    public List<Ledger.Break> checkLedger(Caller caller) {
        VoucherRules.requireStaff(caller);
        return ledger.check();
    }
}
