package org.techmarket.matching;

import java.util.Set;

/**
 * Words that say nothing about what a listing is about in a technology market: the generic words of
 * titles and abstracts (技术, 方法, 研究, 系统 …) and the wording of a request (寻求, 希望, 团队 …). They are
 * rare in the other side's texts (寻求 in papers), so their inverse document frequency alone would make
 * them look telling; in matching they weigh a tenth, never draw candidates and are never shown as shared.
 */
final class GenericWords {

    /** What a generic word's weight in a listing's query is multiplied by. */
    static final double WEIGHT = 0.1;

    private static final Set<String> WORDS = Set.of(
            // generic in titles and abstracts
            "技术", "方法", "研究", "系统", "装置", "一种", "应用", "基于", "及其", "设计", "分析", "开发", "制备", "工艺",
            "问题", "方面", "领域", "相关", "实现", "进行", "提高", "具有", "采用", "通过", "利用", "以及", "可以", "能够",
            "一个", "结果", "主要", "情况", "提出", "建立", "影响", "作用", "过程", "效果", "水平", "发展",
            // the wording of a request
            "我公司", "公司", "企业", "寻求", "需求", "需要", "希望", "团队", "合作", "用于", "方向", "解决", "提供",
            "单位", "项目", "产品", "成果", "转化", "有意", "欢迎", "联系", "要求", "具备", "能力");

    private GenericWords() {
    }

    static boolean contains(String term) {
        return WORDS.contains(term);
    }
}
