package org.secondlook.session;

/** Where the next page starts: just after this (created time, id) in newest-first order. */
public record PageCursor(long createdAtMillis, long id) {
}
