package org.techmarket.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void shouldAcceptPublishedCodesWithTheirCheckCharacter() {
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertTrue(CreditCode.isValid("91110108551385082Q"));
    }

    @Test
    void shouldRejectAWrongCheckCharacter() {
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
        assertFalse(CreditCode.isValid("91110108551385082R"));
    }

    @Test
    void shouldRejectWrongLengthAndCharactersOutsideTheAlphabet() {
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        assertFalse(CreditCode.isValid("91350100M000100Y433"));
        assertFalse(CreditCode.isValid("91350100I000100Y43"), "I is not used in credit codes");
        assertFalse(CreditCode.isValid("91350100m000100y43"), "lower case is not a credit code");
        assertFalse(CreditCode.isValid(null));
    }

    @Test
    void shouldCompleteSeventeenCharactersIntoAValidCode() {
        String code = CreditCode.complete("91620100MA7100005");
        assertEquals(18, code.length());
        assertTrue(CreditCode.isValid(code));
    }
}
