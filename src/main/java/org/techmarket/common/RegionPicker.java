package org.techmarket.common;

import java.util.List;

/**
 * What a form's region selects show: every province, the cities of the picked province, the counties of the picked
 * city, and which are picked. {@link #code()} is what the form submits as {@code regionCode}: the most precise region
 * picked, or what was typed when nothing could be picked (so validation still names it).
 */
public record RegionPicker(List<Region> provinces, List<Region> cities, List<Region> counties, Region province,
        Region city, Region county, String submitted) {

    public String code() {
        Region chosen = county != null ? county : city != null ? city : province;
        return chosen != null ? chosen.code : submitted;
    }

    public boolean isProvince(Region r) {
        return province != null && province.code.equals(r.code);
    }

    public boolean isCity(Region r) {
        return city != null && city.code.equals(r.code);
    }

    public boolean isCounty(Region r) {
        return county != null && county.code.equals(r.code);
    }
}
