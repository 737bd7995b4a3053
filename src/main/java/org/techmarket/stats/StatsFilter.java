package org.techmarket.stats;

import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Region;
import org.techmarket.common.RegionDirectory;
import org.techmarket.listing.TechField;

/**
 * What the figures are narrowed to: a technology field and a region (a province, a prefecture or
 * a county). The region breakdown goes one level below the chosen region: provinces when none is
 * chosen, a province's prefectures, a prefecture's counties.
 */
public record StatsFilter(TechField field, String regionCode, int regionLevel) {

    public static final StatsFilter NONE = new StatsFilter(null, null, 0);

    /** Blank means no filter; an unknown field or region is a 400 naming the parameter. */
    public static StatsFilter parse(String field, String region, RegionDirectory regions) {
        TechField f = InvalidInputException.parseEnum(TechField.class, "field", field);
        if (region == null || region.isBlank()) {
            return new StatsFilter(f, null, 0);
        }
        Region r = regions.find(region.strip())
                .orElseThrow(() -> InvalidInputException.of("region", "unknown region code"));
        return new StatsFilter(f, r.code, r.level);
    }

    /** The code prefix every region inside the chosen one starts with. */
    public String regionPrefix() {
        return regionCode == null ? "" : regionCode.substring(0, Math.min(6, 2 * regionLevel));
    }

    /** How many code characters name a region of the breakdown. */
    public int breakdownLength() {
        return Math.min(6, 2 * (regionLevel + 1));
    }
}
