package org.techmarket.archfixture.beta;

import org.techmarket.archfixture.alpha.AlphaRepository;
import org.techmarket.archfixture.alpha.AlphaService;
import org.techmarket.archfixture.alpha.AlphaThing;

/** Breaks every feature rule: a cycle with alpha, alpha's repository used here, alpha's entity held. */
public class BetaService {
    AlphaService alpha;
    AlphaRepository alphaThings;
    AlphaThing held;
}
