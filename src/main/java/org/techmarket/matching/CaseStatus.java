package org.techmarket.matching;

import java.util.Map;
import java.util.Set;
import org.techmarket.common.LabelKeys;

/** The pipeline of a brokered contact: RECOMMENDED → CONTACTED → NEGOTIATING → AGREED, or DECLINED on the way. */
@LabelKeys("case")
public enum CaseStatus {
    RECOMMENDED, CONTACTED, NEGOTIATING, AGREED, DECLINED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            RECOMMENDED, Set.of(CONTACTED, DECLINED),
            CONTACTED, Set.of(NEGOTIATING, DECLINED),
            NEGOTIATING, Set.of(AGREED, DECLINED),
            AGREED, Set.of(),
            DECLINED, Set.of());

    public boolean canMoveTo(CaseStatus target) {
        return NEXT.get(this).contains(target);
    }

    public boolean isOpen() {
        return this != AGREED && this != DECLINED;
    }
}
