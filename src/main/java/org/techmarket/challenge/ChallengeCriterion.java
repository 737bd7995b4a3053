package org.techmarket.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One evaluation criterion of a challenge with its relative weight. */
@Entity
@Table(name = "challenge_criterion")
public class ChallengeCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id", nullable = false)
    public long challengeId;

    @Column(nullable = false)
    public short position;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(nullable = false)
    public short weight;
}
