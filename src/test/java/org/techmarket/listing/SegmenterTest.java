package org.techmarket.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void shouldKeepLettersAndDigitsTogetherAsOneToken() {
        List<String> words = segmenter.words("5G通信射频功放芯片，GaN器件与4H-SiC衬底，PDC钻头，CO2捕集");
        assertTrue(words.contains("5g"), words.toString());
        assertTrue(words.contains("gan"), words.toString());
        assertTrue(words.contains("4hsic"), words.toString());
        assertTrue(words.contains("pdc"), words.toString());
        assertTrue(words.contains("co2"), words.toString());
        assertTrue(!words.contains("5") && !words.contains("g"), words.toString());
        assertTrue(words.contains("通信") && words.contains("芯片"), words.toString());
    }

    @Test
    void shouldIndexTheSameTokensAsItSearches() {
        String indexed = segmenter.indexText("面向5G基站的GaN功放");
        assertTrue(List.of(indexed.split(" ")).contains("5g"), indexed);
        assertTrue(!List.of(indexed.split(" ")).contains("g"), indexed);
        assertEquals(List.of(List.of("5g", "基站")), segmenter.queryPhrases("5G基站"));
    }
}
