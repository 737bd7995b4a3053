package org.techmarket.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A match kept by the background refresh, so that owners can be told of new strong ones. */
@Entity
@Table(name = "listing_match")
public class StoredMatch {

    @EmbeddedId
    public Pair pair;

    @Column(nullable = false)
    public float score;

    /** The explanation as JSON. */
    @Column(nullable = false)
    public String explanation;

    @Column(name = "computed_at", nullable = false)
    public OffsetDateTime computedAt = OffsetDateTime.now();

    @Embeddable
    public static class Pair implements Serializable {
        @Column(name = "need_id")
        public long needId;

        @Column(name = "result_id")
        public long resultId;

        public Pair() {
        }

        public Pair(long needId, long resultId) {
            this.needId = needId;
            this.resultId = resultId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.needId == needId && p.resultId == resultId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(needId, resultId);
        }
    }
}
