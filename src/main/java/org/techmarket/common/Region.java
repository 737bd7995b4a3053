package org.techmarket.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 行政区划: a GB/T 2260 administrative division (province, prefecture or county). Reference data. */
@Entity
@Table(name = "region")
public class Region {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    public short level;
}
