package org.techmarket.bench.fortunes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the classic TechEmpower table {@code fortune(id, message)}. */
@Entity
@Table(name = "fortune")
public class Fortune extends PanacheEntityBase {

    @Id
    public int id;

    public String message;

    public Fortune() {
    }

    public Fortune(int id, String message) {
        this.id = id;
        this.message = message;
    }
}
