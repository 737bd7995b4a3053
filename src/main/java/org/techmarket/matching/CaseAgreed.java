package org.techmarket.matching;

/**
 * Fired when the parties of a case agree: the start of a technology contract (技术合同) between them.
 * The seller (the result's owner) is offered the contract draft; {@code actorId} moved the case.
 */
public record CaseAgreed(long caseId, long needId, long resultId, long sellerId, long actorId, String needTitle,
        String resultTitle) {
}
