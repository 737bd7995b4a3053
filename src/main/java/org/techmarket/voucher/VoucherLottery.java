package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.techmarket.common.Hashes;

/**
 * 摇号: a draw among an oversubscribed program's waiting applications. The order is reproducible by
 * anyone from the recorded seed: applications sorted by the hex SHA-256 of "seed:applicationId"
 * (then by id); the first {@link #places} win.
 */
@Entity
@Table(name = "voucher_lottery")
public class VoucherLottery {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "program_id", nullable = false)
    public long programId;
    @Column(nullable = false)
    public String seed;
    @Column(nullable = false)
    public int places;
    @Column(nullable = false)
    public int entrants;
    @Column(name = "drawn_by", nullable = false)
    public String drawnBy;
    @Column(name = "drawn_at", nullable = false)
    public OffsetDateTime drawnAt = OffsetDateTime.now();

    /** The application ids in draw order for this seed. */
    public static List<Long> order(String seed, List<Long> applicationIds) {
        return applicationIds.stream().sorted(Comparator.comparing((Long id) -> ticket(seed, id)).thenComparing(id -> id))
                .toList();
    }

    /** The ticket of one application: hex SHA-256 of "seed:id" (as `printf 'seed:id' | sha256sum` prints it). */
    public static String ticket(String seed, long applicationId) {
        return Hashes.sha256(seed + ":" + applicationId);
    }
}
