package org.techmarket.matching;

/** Fired when the parties of a case agree: the start of a technology contract (技术合同) between them. */
public record CaseAgreed(long caseId, long needId, long resultId) {
}
