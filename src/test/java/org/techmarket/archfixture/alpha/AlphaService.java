package org.techmarket.archfixture.alpha;

import org.techmarket.archfixture.beta.BetaService;

/** With {@link BetaService}: a cycle between two features. */
public class AlphaService {
    BetaService beta;
}
