package org.techmarket.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the staff workbench. Texts in {@code messages/wb.properties} (zh-CN)
 * and {@code messages/wb_en.properties}; used in templates as {@code {wb:key}}.
 */
@MessageBundle(value = "wb", locale = "zh-CN")
public interface WorkbenchMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String filter();

    @Message
    String filter_all();

    @Message
    String filter_mine();

    @Message
    String queues();

    @Message
    String mine_of(int shown, int count);

    @Message
    String mine_empty();

    @Message
    String queue_none();

    @Message
    String more(int shown, int count);

    @Message
    String more_link();

    @Message
    String col_item();

    @Message
    String col_age();

    @Message
    String col_due();

    @Message
    String col_holder();

    @Message
    String col_decision();

    @Message
    String age(long days);

    @Message
    String overdue();

    @Message
    String due_in(long days);

    @Message
    String overdue_by(long days);

    @Message
    String claim_take();

    @Message
    String claim_release();

    @Message
    String claim_mine();

    @Message
    String claim_other(String name);

    @Message
    String claim_none();

    @Message
    String open();

    @Message
    String member_approve();

    @Message
    String changed_fields();

    @Message
    String purpose();

    @Message
    String amount();

    @Message
    String invoice();

    @Message
    String reason();

    @Message
    String wbkind_LISTING();

    @Message
    String wbkind_REVISION();

    @Message
    String wbkind_ORGANISATION();

    @Message
    String wbkind_MEMBER();

    @Message
    String wbkind_CONTRACT();

    @Message
    String wbkind_APPLICATION();

    @Message
    String wbkind_PROVIDER();

    @Message
    String wbkind_REDEMPTION();

    @Message
    String wbkind_ANOMALY();

    @Message
    String wbfield_title();

    @Message
    String wbfield_summary();

    @Message
    String wbfield_description();

    @Message
    String wbfield_field();

    @Message
    String wbfield_keywords();

    @Message
    String wbfield_maturity();

    @Message
    String wbfield_ipType();

    @Message
    String wbfield_ipStatus();

    @Message
    String wbfield_patentNumbers();

    @Message
    String wbfield_transferModes();

    @Message
    String wbfield_priceFen();

    @Message
    String wbfield_budgetMinFen();

    @Message
    String wbfield_budgetMaxFen();

    @Message
    String wbfield_regionCode();

    @Message
    String wbfield_contactName();

    @Message
    String wbfield_contactPhone();

    @Message
    String wbfield_contactEmail();

    @Message
    String wbfield_validUntil();

    @Message
    String wbfield_other();
}
