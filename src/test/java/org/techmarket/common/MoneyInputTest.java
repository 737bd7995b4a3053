package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one parser of typed amounts: 万元 and 元 into fen, one limit, errors under the field typed into. */
class MoneyInputTest {

    @Test
    void wanAndYuanBecomeFen() {
        assertEquals(125_000_000L, MoneyInput.parse("price", "125", MoneyInput.Unit.WAN));
        assertEquals(12_345_678L, MoneyInput.parse("price", "12.345678", MoneyInput.Unit.WAN));
        assertEquals(123_456_789L, MoneyInput.parse("amount", "1,234,567.89", MoneyInput.Unit.YUAN));
        assertEquals(150L, MoneyInput.parse("amount", " 1.50 ", MoneyInput.Unit.YUAN));
        assertNull(MoneyInput.parse("price", "  ", MoneyInput.Unit.WAN));
        assertEquals(MoneyInput.MAX_FEN, MoneyInput.parse("price", "10000000", MoneyInput.Unit.WAN));
    }

    @Test
    void refusalsNameTheFieldTypedInto() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertNull(MoneyInput.parse("budgetMax", "12万", MoneyInput.Unit.WAN, errors));
        assertNull(MoneyInput.parse("price", "-1", MoneyInput.Unit.WAN, errors));
        assertNull(MoneyInput.parse("approvedAmountFen", "10000000.01", MoneyInput.Unit.WAN, errors));
        assertNull(MoneyInput.parse("amountFen", "1.001", MoneyInput.Unit.YUAN, errors));
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get("budgetMax").contains("万元"), errors.toString());
        assertTrue(errors.get("price").contains("negative"), errors.toString());
        assertTrue(errors.get("approvedAmountFen").contains("at most"), errors.toString());
        assertTrue(errors.get("amountFen").contains("decimals"), errors.toString());
    }

    @Test
    void aRequiredAmountIsAboveZero() {
        assertEquals(100L, MoneyInput.positive("amountFen", "1", MoneyInput.Unit.YUAN));
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> MoneyInput.positive("amountFen", "0", MoneyInput.Unit.YUAN));
        assertTrue(zero.fieldErrors().containsKey("amountFen"));
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> MoneyInput.positive("budgetFen", "", MoneyInput.Unit.YUAN));
        assertTrue(blank.fieldErrors().containsKey("budgetFen"));
    }
}
