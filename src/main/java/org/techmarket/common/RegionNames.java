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

    /** Peoples named in autonomous regions' names ("临夏回族自治州" → "Linxia Hui Autonomous Prefecture"). */
    private static final Map<String, String> PEOPLES = Map.ofEntries(
            Map.entry("回族", "Hui"), Map.entry("藏族", "Tibetan"), Map.entry("蒙古族", "Mongol"), Map.entry("蒙古", "Mongol"),
            Map.entry("维吾尔", "Uyghur"), Map.entry("哈萨克族", "Kazakh"), Map.entry("哈萨克", "Kazakh"),
            Map.entry("裕固族", "Yugur"), Map.entry("东乡族", "Dongxiang"), Map.entry("保安族", "Bonan"),
            Map.entry("撒拉族", "Salar"), Map.entry("土族", "Tu"), Map.entry("壮族", "Zhuang"), Map.entry("苗族", "Miao"),
            Map.entry("彝族", "Yi"), Map.entry("土家族", "Tujia"), Map.entry("侗族", "Dong"), Map.entry("布依族", "Bouyei"),
            Map.entry("瑶族", "Yao"), Map.entry("白族", "Bai"), Map.entry("傣族", "Dai"), Map.entry("黎族", "Li"),
            Map.entry("满族", "Manchu"), Map.entry("朝鲜族", "Korean"), Map.entry("羌族", "Qiang"), Map.entry("哈尼族", "Hani"),
            Map.entry("傈僳族", "Lisu"), Map.entry("纳西族", "Naxi"), Map.entry("景颇族", "Jingpo"), Map.entry("水族", "Shui"),
            Map.entry("仡佬族", "Gelao"), Map.entry("畲族", "She"), Map.entry("仫佬族", "Mulao"), Map.entry("毛南族", "Maonan"),
            Map.entry("达斡尔族", "Daur"), Map.entry("鄂温克族", "Evenki"), Map.entry("鄂伦春族", "Oroqen"),
            Map.entry("锡伯", "Xibe"), Map.entry("锡伯族", "Xibe"), Map.entry("柯尔克孜", "Kyrgyz"), Map.entry("柯尔克孜族", "Kyrgyz"),
            Map.entry("塔吉克", "Tajik"), Map.entry("怒族", "Nu"), Map.entry("独龙族", "Derung"), Map.entry("普米族", "Pumi"),
            Map.entry("佤族", "Va"), Map.entry("拉祜族", "Lahu"), Map.entry("布朗族", "Blang"), Map.entry("各族", "Multi-ethnic"));

    /** Longest first, so that 蒙古族 is taken before 蒙古. */
    private static final List<String> LONGEST_FIRST = PEOPLES.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(k -> k)).toList();

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
                return place(name.substring(0, name.length() - suffix[0].length())) + suffix[1];
            }
        }
        return pinyin(name);
    }

    /** The place's pinyin, and the peoples its name ends with in English: "积石山保安族东乡族撒拉族" → "Jishishan Bonan-Dongxiang-Salar". */
    private static String place(String stem) {
        java.util.LinkedList<String> peoples = new java.util.LinkedList<>();
        String rest = stem;
        boolean found = true;
        while (found) {
            found = false;
            for (String people : LONGEST_FIRST) {
                if (rest.endsWith(people) && rest.length() > people.length()) {
                    peoples.addFirst(PEOPLES.get(people));
                    rest = rest.substring(0, rest.length() - people.length());
                    found = true;
                    break;
                }
            }
        }
        return peoples.isEmpty() ? pinyin(stem) : pinyin(rest) + " " + String.join("-", peoples);
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
