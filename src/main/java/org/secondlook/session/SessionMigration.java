package org.secondlook.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Copies a home or single-laptop history into a clinic store. Each session is keyed by its content, so running the
 * copy again adds only sessions that are new or changed since; nothing is copied twice and the source is not changed.
 */
public final class SessionMigration {

    /** How many sessions were copied now, and how many were in the clinic store already. */
    public record Result(int copied, int alreadyThere) {
    }

    private SessionMigration() {
    }

    public static Result copy(Sessions from, ClinicStore to) {
        List<SessionId> ids = new ArrayList<>();
        SessionQuery query = SessionQuery.newest(SessionQuery.MAX_LIMIT);
        for (SessionPage page = from.list(query); ; page = from.list(query.after(page.next().get()))) {
            page.sessions().forEach(summary -> ids.add(summary.id()));
            if (page.next().isEmpty()) {
                break;
            }
        }
        int copied = 0;
        // Oldest first, so that the clinic store's ids follow the order the sessions were started in.
        for (SessionId id : ids.reversed()) {
            Session session = from.get(id);
            if (to.copyIn(session, key(session))) {
                copied++;
            }
        }
        return new Result(copied, ids.size() - copied);
    }

    private static String key(Session session) {
        String content = session.createdAt().toEpochMilli() + "\n" + session.updatedAt().toEpochMilli() + "\n"
                + session.status() + "\n" + session.contentVersion() + "\n" + session.label() + "\n"
                + SessionJson.toStored(session.answers());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "copied:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
