package org.techmarket.archfixture.alpha;

import org.techmarket.archfixture.FixtureEntity;

@FixtureEntity
public class AlphaThing {
    public long id;
}
