package org.secondlook.session;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.secondlook.text.Phrase;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Says in plain words why reading or writing the sessions failed and what to do, instead of the library's words.
 * The words are in {@code org/secondlook/session/failures*.properties}; the session layer hands them on as
 * {@link Phrase}s, worded in the reader's language by whoever shows them.
 */
public final class StoreFailures {

    static final String BUNDLE = "org.secondlook.session.failures";

    private StoreFailures() {
    }

    /** The sentence {@code key} of the sessions' failure texts, with {@code args} to fill in. */
    public static Phrase phrase(String key, Object... args) {
        return Phrase.of(BUNDLE, key, args);
    }

    /** {@code what} (such as "Could not save session 4"), then the cause and what to do, in one line. */
    public static Phrase plain(Phrase what, Throwable failure) {
        return phrase("failure", what, cause(failure));
    }

    /** Why reading or writing failed and what to do, from the library's failure {@code failure}. */
    public static Phrase cause(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SQLiteException sqlite) {
                return sqlite(sqlite.getResultCode());
            }
            if (isDiskFull(e)) {
                return phrase("cause.diskFull");
            }
            if (e instanceof AccessDeniedException) {
                return phrase("cause.accessDenied");
            }
            if (e instanceof FileSystemException) {
                return phrase("cause.fileSystem");
            }
        }
        return phrase("cause.readWrite");
    }

    private static Phrase sqlite(SQLiteErrorCode code) {
        int primary = code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return phrase("cause.diskFull");
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return phrase("cause.readOnly");
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return phrase("cause.busy");
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return phrase("cause.damaged");
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return phrase("cause.cantOpen");
        }
        return phrase("cause.other");
    }

    private static boolean isDiskFull(Throwable e) {
        String message = e.getMessage();
        return message != null && (message.contains("No space left on device") || message.contains("There is not enough space"));
    }
}
