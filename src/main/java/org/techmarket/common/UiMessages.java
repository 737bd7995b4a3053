package org.techmarket.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the layout's controls and of partial (htmx) updates. Texts in {@code messages/ui.properties} (zh-CN)
 * and {@code messages/ui_en.properties}; used in templates as {@code {ui:key}}.
 */
@MessageBundle(value = "ui", locale = "zh-CN")
public interface UiMessages {

    @Message
    String menu();

    @Message
    String nav_manage();

    @Message
    String request_failed();
}
