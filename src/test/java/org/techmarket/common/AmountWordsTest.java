package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmountWordsTest {

    private static final long WAN = 1_000_000; // fen

    @Test
    void shouldWriteAmountsInChineseFinancialNumerals() {
        assertEquals("壹佰贰拾万元整", AmountWords.chinese(120 * WAN));
        assertEquals("壹拾元整", AmountWords.chinese(1_000));
        assertEquals("零元整", AmountWords.chinese(0));
        assertEquals("伍角", AmountWords.chinese(50));
        assertEquals("伍分", AmountWords.chinese(5));
        assertEquals("壹元零伍分", AmountWords.chinese(105));
        assertEquals("叁仟零伍元陆角柒分", AmountWords.chinese(300_567));
    }

    @Test
    void shouldWriteOneZeroForEveryRunOfZerosAndNoneAfterTheLastDigit() {
        assertEquals("壹仟零壹元整", AmountWords.chinese(1_001_00));
        assertEquals("壹仟零壹拾元整", AmountWords.chinese(1_010_00));
        assertEquals("壹拾万零壹元整", AmountWords.chinese(100_001_00));
        assertEquals("壹亿元整", AmountWords.chinese(100_000_000_00L));
        assertEquals("壹亿零壹万元整", AmountWords.chinese(100_010_000_00L));
        assertEquals("壹仟万壹仟元整", AmountWords.chinese(10_001_000_00L));
        assertEquals("贰亿零伍拾万零叁元整", AmountWords.chinese(200_500_003_00L));
        assertEquals("壹仟亿元整", AmountWords.chinese(MoneyInput.MAX_FEN));
    }

    @Test
    void shouldWriteAmountsInEnglishWithTheirMagnitude() {
        assertEquals("1.2 million yuan", AmountWords.english(120 * WAN));
        assertEquals("800 yuan", AmountWords.english(80_000));
        assertEquals("12.5 yuan", AmountWords.english(1_250));
        assertEquals("12 thousand yuan", AmountWords.english(1_200_000));
        assertEquals("3.5 billion yuan", AmountWords.english(350_000 * WAN));
        assertEquals("about 1.2346 million yuan", AmountWords.english(123_456_789));
    }

    @Test
    void shouldGiveTheWordsOfWhatWasTypedAndNothingForWhatIsNotAnAmount() {
        assertEquals("壹佰贰拾万元整", AmountWords.typed("120", "WAN", false));
        assertEquals("壹佰贰拾万元整", AmountWords.typed("1,200,000", "YUAN", false));
        assertEquals("1.2 million yuan", AmountWords.typed("120", "WAN", true));
        assertEquals("", AmountWords.typed("一百万", "WAN", false));
        assertEquals("", AmountWords.typed("", "WAN", false));
        assertEquals("", AmountWords.typed("-5", "WAN", false));
    }
}
