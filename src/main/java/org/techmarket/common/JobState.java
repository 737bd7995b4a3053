package org.techmarket.common;

/** Where a background job is: 排队中, 运行中, 已完成, 失败. */
@LabelKeys("state")
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean open() {
        return this == QUEUED || this == RUNNING;
    }
}
