package org.techmarket.stats;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/** Amounts on the English workbench, in yuan ({@code {wbmoney:yuan(fen)}}: "¥1,500,000", "¥4,500.5"); Chinese pages use 万元. */
@TemplateExtension(namespace = "wbmoney")
public final class WorkbenchMoney {

    private WorkbenchMoney() {
    }

    public static String yuan(Long fen) {
        if (fen == null) {
            return "";
        }
        BigDecimal yuan = BigDecimal.valueOf(fen).movePointLeft(2).stripTrailingZeros();
        return "¥" + String.format(java.util.Locale.ROOT, "%,." + Math.max(0, yuan.scale()) + "f", yuan);
    }
}
