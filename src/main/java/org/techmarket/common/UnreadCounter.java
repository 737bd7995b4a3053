package org.techmarket.common;

/** How many notifications a person has not read: the header's badge asks it without knowing the feature that keeps them. */
public interface UnreadCounter {
    long unread(long userId);
}
