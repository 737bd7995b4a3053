package org.techmarket.voucher;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Vouchers; the expiry interval is read by the scheduler from the same key ({@code techmarket.vouchers.*}). */
@ConfigMapping(prefix = "techmarket.vouchers")
public interface VoucherConfig {
    /** How often unused voucher balances past their program's use deadline are expired (once per cluster). */
    @WithDefault("1h")
    String expiryEvery();
}
