package org.techmarket.archfixture.alpha;

import org.techmarket.archfixture.FixtureRepository;

public class AlphaRepository implements FixtureRepository<AlphaThing> {
}
