package org.techmarket.trade;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the trading pages. Texts in {@code messages/td.properties} (zh-CN)
 * and {@code messages/td_en.properties}; used in templates as {@code {td:key}}.
 */
@MessageBundle(value = "td", locale = "zh-CN")
public interface TradeMessages {

    @Message
    String trade_title();

    @Message
    String trade_intro();

    @Message
    String trade_none();

    @Message
    String trade_result();

    @Message
    String trade_asking_price();

    @Message
    String trade_terms();

    @Message
    String trade_exclusive();

    @Message
    String trade_exclusive_yes();

    @Message
    String trade_exclusive_no();

    @Message
    String trade_notice();

    @Message
    String trade_notice_period(String p0, String p1, int p2);

    @Message
    String trade_status();

    @Message
    String trade_intents();

    @Message
    String trade_declare_intent();

    @Message
    String trade_intent_declared();

    @Message
    String trade_login_to_buy();

    @Message
    String trade_to_auction();

    @Message
    String trade_deal_title();

    @Message
    String trade_number();

    @Message
    String trade_price();

    @Message
    String trade_seller();

    @Message
    String trade_buyer();

    @Message
    String trade_concluded_on();

    @Message
    String trade_by_auction();

    @Message
    String trade_by_listing();

    @Message
    String trade_confirmation();

    @Message
    String trade_print();

    @Message
    String trade_contract_draft();

    @Message
    String auction_title();

    @Message
    String auction_open_list();

    @Message
    String auction_current_price();

    @Message
    String auction_starting_price();

    @Message
    String auction_increment();

    @Message
    String auction_minimum_bid();

    @Message
    String auction_deposit();

    @Message
    String auction_opens_at();

    @Message
    String auction_closes_at();

    @Message
    String auction_extended(int p0);

    @Message
    String auction_bids();

    @Message
    String auction_history();

    @Message
    String auction_bidder_column();

    @Message
    String auction_bidder(int p0);

    @Message
    String auction_amount();

    @Message
    String auction_time();

    @Message
    String auction_no_bids();

    @Message
    String auction_your_number(int p0, String p1);

    @Message
    String auction_bid_submit();

    @Message
    String auction_bid_placed();

    @Message
    String auction_reserve();

    @Message
    String auction_reserve_not_met();

    @Message
    String auction_register();

    @Message
    String auction_live_hint();

    @Message
    String staff_trades_title();

    @Message
    String staff_trades_requests();

    @Message
    String staff_trades_list();

    @Message
    String staff_trades_refuse();

    @Message
    String staff_trades_reason();

    @Message
    String staff_trades_auctions();

    @Message
    String staff_trades_deals();

    @Message
    String staff_trades_none();

    @Message
    String trade_status_REQUESTED();

    @Message
    String trade_status_NOTICE();

    @Message
    String trade_status_AUCTION();

    @Message
    String trade_status_DEAL();

    @Message
    String trade_status_UNSOLD();

    @Message
    String trade_status_REFUSED();

    @Message
    String trade_status_WITHDRAWN();

    @Message
    String trade_terms_TRANSFER();

    @Message
    String trade_terms_LICENCE();

    @Message
    String auction_status_OPEN();

    @Message
    String auction_status_SOLD();

    @Message
    String auction_status_UNSOLD();

    @Message
    String auction_deposit_DUE();

    @Message
    String auction_deposit_HELD();

    @Message
    String auction_deposit_REFUNDED();

    @Message
    String auction_deposit_APPLIED();

    @Message
    String auction_deposit_FORFEITED();

    @Message
    String trade_deal_CONCLUDED();

    @Message
    String trade_deal_SETTLED();

    @Message
    String trade_deal_DEFAULTED();

    @Message
    String trade_stats_deals();

    @Message
    String trade_stats_amount();

    @Message
    String trade_stats_by_auction();

    @Message
    String trade_stats_premium();

    @Message
    String trade_stats_deposits_held();

    @Message
    String trade_stats_no_premium();

    @Message
    String staff_auction_setup();

    @Message
    String staff_auction_manage();

    @Message
    String staff_auctions_open();

    @Message
    String staff_auction_starting_wan();

    @Message
    String staff_auction_increment_wan();

    @Message
    String staff_auction_reserve_wan();

    @Message
    String staff_auction_reserve_hint();

    @Message
    String staff_auction_deposit_wan();

    @Message
    String staff_auction_opens();

    @Message
    String staff_auction_closes();

    @Message
    String staff_auction_time_hint();

    @Message
    String staff_auction_create();

    @Message
    String staff_auction_bidders();

    @Message
    String staff_auction_deposit_state();

    @Message
    String staff_auction_receipt();

    @Message
    String staff_auction_receipt_amount();

    @Message
    String staff_auction_bidder_no();

    @Message
    String staff_auction_record_deposit();

    @Message
    String staff_auction_refund();

    @Message
    String staff_deal_number();

    @Message
    String staff_deal_actions();

    @Message
    String staff_deal_settle();

    @Message
    String staff_deal_default();
}
