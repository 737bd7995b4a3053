package org.techmarket.common;

/** One item of a background job that failed: its number as the user knows it (a spreadsheet row) and why. */
public record JobError(int item, String message) {
}
