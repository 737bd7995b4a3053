package org.techmarket.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The GB/T 2260 regions, held in memory: a few thousand rows of reference data that only a
 * migration changes, read on every validation and page. The one place a region's name is made for a
 * page: in Chinese as stored, in English as the province's English name and the pinyin of the others
 * ("Gansu Lanzhou Chengguan District"), computed once when the regions are first read.
 */
@ApplicationScoped
public class RegionDirectory {

    /** 甘肃省, the market's own province: a blank form's region picker opens on it, its cities listed. */
    public static final String GANSU = "620000";

    @Inject
    RegionRepository repository;

    private volatile Map<String, Region> byCode;
    private volatile Map<String, String> english;

    public boolean exists(String code) {
        return code != null && all().containsKey(code);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : all().get(code));
    }

    /** "甘肃省 兰州市 城关区" for a county code; the code itself when unknown. */
    public String fullName(String code) {
        Region region = all().get(code);
        if (region == null) {
            return code;
        }
        String parent = region.parentCode == null ? "" : fullName(region.parentCode) + " ";
        return parent + region.name;
    }

    /** A region's own name in a language ("兰州市" / "Lanzhou"); the code itself when unknown. */
    public String name(String code, Language language) {
        Region region = code == null ? null : all().get(code);
        if (region == null) {
            return code;
        }
        return language == Language.EN ? englishNames().getOrDefault(code, region.name) : region.name;
    }

    /** The full name in a language: "甘肃省 兰州市 城关区" / "Chengguan District, Lanzhou, Gansu" (smallest first in English). */
    public String fullName(String code, Language language) {
        if (language != Language.EN) {
            return fullName(code);
        }
        Region region = code == null ? null : all().get(code);
        if (region == null) {
            return code;
        }
        return name(code, language) + (region.parentCode == null ? "" : ", " + fullName(region.parentCode, language));
    }

    private Map<String, String> englishNames() {
        Map<String, String> current = english;
        if (current == null) {
            current = all().values().stream().collect(Collectors.toUnmodifiableMap(r -> r.code, RegionNames::english));
            english = current;
        }
        return current;
    }

    /** Province-level code ("620000") of any region code. */
    public static String provinceOf(String code) {
        return code == null || code.length() != 6 ? code : code.substring(0, 2) + "0000";
    }

    public List<Region> provinces() {
        return all().values().stream().filter(r -> r.level == 1)
                .sorted(Comparator.comparing(r -> r.code)).toList();
    }

    public List<Region> childrenOf(String code) {
        return all().values().stream().filter(r -> code.equals(r.parentCode))
                .sorted(Comparator.comparing(r -> r.code)).toList();
    }

    /** Every region below a code (prefectures and their counties), in code order. */
    public List<Region> childrenTree(String code) {
        String prefix = code.substring(0, 2);
        return all().values().stream().filter(r -> r.code.startsWith(prefix) && !r.code.equals(code))
                .sorted(Comparator.comparing(r -> r.code)).toList();
    }

    /**
     * The province → city → county selects of a form. With no province picked (a first render, an edit, an API-shaped
     * post) they show the chain above {@code code}; otherwise the picked province, the city only if it lies in it and
     * the county only if it lies in that city, so a stale choice below a changed province is dropped.
     */
    public RegionPicker picker(String province, String city, String code) {
        Region p;
        Region c = null;
        Region k = null;
        if (province == null || province.isBlank()) {
            List<Region> chain = chainOf(code);
            p = chain.size() > 0 ? chain.get(0) : null;
            c = chain.size() > 1 ? chain.get(1) : null;
            k = chain.size() > 2 ? chain.get(2) : null;
        } else {
            p = find(province.strip()).filter(r -> r.level == 1).orElse(null);
            if (p != null) {
                c = below(p, city);
                k = c == null ? null : below(c, code);
            }
        }
        return new RegionPicker(provinces(), p == null ? List.of() : childrenOf(p.code),
                c == null ? List.of() : childrenOf(c.code), p, c, k, code);
    }

    private Region below(Region parent, String code) {
        return find(code == null ? null : code.strip()).filter(r -> parent.code.equals(r.parentCode)).orElse(null);
    }

    /** Province first: the regions from the top down to {@code code}; empty when unknown. */
    private List<Region> chainOf(String code) {
        LinkedList<Region> chain = new LinkedList<>();
        Region region = code == null ? null : all().get(code.strip());
        while (region != null) {
            chain.addFirst(region);
            region = region.parentCode == null ? null : all().get(region.parentCode);
        }
        return chain;
    }

    private Map<String, Region> all() {
        Map<String, Region> current = byCode;
        if (current == null) {
            current = repository.listAll().stream().collect(Collectors.toUnmodifiableMap(r -> r.code, Function.identity()));
            byCode = current;
        }
        return current;
    }
}
