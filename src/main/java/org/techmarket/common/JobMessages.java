package org.techmarket.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the background job pages. Texts in {@code messages/jb.properties} (zh-CN)
 * and {@code messages/jb_en.properties}; used in templates as {@code {jb:key}}.
 */
@MessageBundle(value = "jb", locale = "zh-CN")
public interface JobMessages {

    @Message
    String jobs_title();

    @Message
    String jobs_intro();

    @Message
    String jobs_none();

    @Message
    String jobs_all();

    @Message
    String jobs_of_imports();

    @Message
    String job_kind();

    @Message
    String job_state();

    @Message
    String job_progress();

    @Message
    String job_errors();

    @Message
    String job_created();

    @Message
    String job_started();

    @Message
    String job_finished();

    @Message
    String job_failure();

    @Message
    String job_result();

    @Message
    String job_first_errors();

    @Message
    String job_item();

    @Message
    String job_reason();

    @Message
    String job_refresh();

    @Message
    String job_open();

    @Message
    String job_start_recomputation();

    @Message
    String kind_LISTING_IMPORT();

    @Message
    String kind_MATCH_RECOMPUTATION();

    @Message
    String kind_OTHER();

    @Message
    String produced_LISTING_IMPORT();

    @Message
    String produced_MATCH_RECOMPUTATION();

    @Message
    String produced_OTHER();

    @Message
    String state_QUEUED();

    @Message
    String state_RUNNING();

    @Message
    String state_DONE();

    @Message
    String state_FAILED();
}
