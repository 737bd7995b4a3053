package org.techmarket.challenge;

import org.techmarket.common.LabelKeys;

/** How staff decide an objection raised during the publicity: upheld sends the result back to the final round. */
@LabelKeys("crdecision")
public enum ObjectionDecision {
    UPHELD, DISMISSED
}
