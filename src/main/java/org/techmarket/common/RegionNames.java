package org.techmarket.common;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
import java.util.Map;

/**
 * English names of GB/T 2260 regions: the provinces by their usual English names, the others as the
 * pinyin of the name with its administrative suffix in English (兰州市 → Lanzhou, 城关区 → Chengguan District).
 */
final class RegionNames {

    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("11", "Beijing"), Map.entry("12", "Tianjin"), Map.entry("13", "Hebei"), Map.entry("14", "Shanxi"),
            Map.entry("15", "Inner Mongolia"), Map.entry("21", "Liaoning"), Map.entry("22", "Jilin"),
            Map.entry("23", "Heilongjiang"), Map.entry("31", "Shanghai"), Map.entry("32", "Jiangsu"),
            Map.entry("33", "Zhejiang"), Map.entry("34", "Anhui"), Map.entry("35", "Fujian"), Map.entry("36", "Jiangxi"),
            Map.entry("37", "Shandong"), Map.entry("41", "Henan"), Map.entry("42", "Hubei"), Map.entry("43", "Hunan"),
            Map.entry("44", "Guangdong"), Map.entry("45", "Guangxi"), Map.entry("46", "Hainan"),
            Map.entry("50", "Chongqing"), Map.entry("51", "Sichuan"), Map.entry("52", "Guizhou"),
            Map.entry("53", "Yunnan"), Map.entry("54", "Tibet"), Map.entry("61", "Shaanxi"), Map.entry("62", "Gansu"),
            Map.entry("63", "Qinghai"), Map.entry("64", "Ningxia"), Map.entry("65", "Xinjiang"),
            Map.entry("71", "Taiwan"), Map.entry("81", "Hong Kong"), Map.entry("82", "Macao"));

    /** Administrative suffixes, longest first; a city's "市" is dropped (Lanzhou, not Lanzhou City). */
    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"自治州", " Autonomous Prefecture"}, new String[] {"自治县", " Autonomous County"},
            new String[] {"自治旗", " Autonomous Banner"}, new String[] {"林区", " Forestry District"},
            new String[] {"新区", " New Area"}, new String[] {"地区", " Prefecture"}, new String[] {"区", " District"},
            new String[] {"县", " County"}, new String[] {"市", ""}, new String[] {"盟", " League"},
            new String[] {"旗", " Banner"});

    private static final Map<String, String> WHOLE = Map.of(
            "市辖区", "City Districts", "县", "Counties", "省直辖县级行政区划", "County-level Divisions",
            "自治区直辖县级行政区划", "County-level Divisions");

    private RegionNames() {
    }

    static String english(Region region) {
        if (region.level == 1 && region.code.length() == 6) {
            String province = PROVINCES.get(region.code.substring(0, 2));
            if (province != null) {
                return province;
            }
        }
        String name = region.name.strip();
        if (WHOLE.containsKey(name)) {
            return WHOLE.get(name);
        }
        for (String[] suffix : SUFFIXES) {
            if (name.endsWith(suffix[0]) && name.length() > suffix[0].length()) {
                return pinyin(name.substring(0, name.length() - suffix[0].length())) + suffix[1];
            }
        }
        return pinyin(name);
    }

    /** "城关" → "Chengguan": the syllables run together, the first letter in capitals. */
    static String pinyin(String chinese) {
        StringBuilder out = new StringBuilder();
        List<Pinyin> syllables = HanLP.convertToPinyinList(chinese);
        for (int i = 0; i < chinese.length(); i++) {
            Pinyin p = i < syllables.size() ? syllables.get(i) : null;
            String s = p == null || p == Pinyin.none5 ? String.valueOf(chinese.charAt(i)) : p.getPinyinWithoutTone();
            out.append(s);
        }
        String joined = out.toString();
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
