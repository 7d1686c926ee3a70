package org.secondlook.session;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Says in plain words why reading or writing the sessions failed and what to do, instead of the library's words. */
public final class StoreFailures {

    private StoreFailures() {
    }

    /** {@code what} (such as "Could not save session 4"), then the cause and what to do, in one line. */
    public static String plain(String what, Throwable failure) {
        return what + ": " + cause(failure);
    }

    static String cause(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SQLiteException sqlite) {
                return sqlite(sqlite.getResultCode());
            }
            if (isDiskFull(e)) {
                return diskFull();
            }
            if (e instanceof AccessDeniedException) {
                return "you do not have permission to change this file or its folder. Choose a file in a folder you"
                        + " own; nothing was lost.";
            }
            if (e instanceof FileSystemException) {
                return "the disk or its folder could not be used. Check that the disk is connected and try again;"
                        + " nothing already saved was lost.";
            }
        }
        return "the file could not be read or written. Check that the disk is connected and has free space,"
                + " then try again; nothing already saved was lost.";
    }

    private static String sqlite(SQLiteErrorCode code) {
        int primary = code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return diskFull();
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return "the file or its folder is read-only. Make them writable or choose another file; nothing was changed.";
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "another Second Look window or program is using the file. Close it and try again; nothing was lost.";
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "the file is damaged or is not a Second Look sessions database. Open it in the Second Look window"
                    + " to save what can still be read.";
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "the file or its folder cannot be opened. Check that the folder exists and that you may write"
                    + " in it; nothing was lost.";
        }
        return "the disk or file system reported a problem. Check that the disk is connected and has free space,"
                + " then try again; nothing already saved was lost.";
    }

    private static boolean isDiskFull(Throwable e) {
        String message = e.getMessage();
        return message != null && (message.contains("No space left on device") || message.contains("There is not enough space"));
    }

    private static String diskFull() {
        return "the disk is full. Free some space and try again; nothing was lost.";
    }
}
