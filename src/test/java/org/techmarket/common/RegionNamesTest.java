package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** English pages name a region by its English name (provinces) or its pinyin with the suffix in English. */
class RegionNamesTest {

    private static Region region(String code, String name, int level) {
        Region r = new Region();
        r.code = code;
        r.name = name;
        r.level = (short) level;
        return r;
    }

    @Test
    void shouldNameProvincesAsEnglishReadersKnowThem() {
        assertEquals("Gansu", RegionNames.english(region("620000", "甘肃省", 1)));
        assertEquals("Inner Mongolia", RegionNames.english(region("150000", "内蒙古自治区", 1)));
        assertEquals("Guangxi", RegionNames.english(region("450000", "广西壮族自治区", 1)));
        assertEquals("Shaanxi", RegionNames.english(region("610000", "陕西省", 1)));
    }

    @Test
    void shouldSpellPrefecturesAndCountiesInPinyinWithTheirKind() {
        assertEquals("Lanzhou", RegionNames.english(region("620100", "兰州市", 2)));
        assertEquals("Chengguan District", RegionNames.english(region("620102", "城关区", 3)));
        assertEquals("Jingtai County", RegionNames.english(region("620423", "景泰县", 3)));
        assertEquals("Linxia Hui Autonomous Prefecture", RegionNames.english(region("622900", "临夏回族自治州", 2)));
        assertEquals("Jishishan Bonan-Dongxiang-Salar Autonomous County",
                RegionNames.english(region("622927", "积石山保安族东乡族撒拉族自治县", 3)));
        assertEquals("City Districts", RegionNames.english(region("620101", "市辖区", 3)));
    }
}
