package org.techmarket.archfixture.common;

import org.techmarket.archfixture.alpha.AlphaService;

/** Breaks "common knows no feature". */
public class Shared {
    public String name(AlphaService alpha) {
        return alpha.toString();
    }
}
