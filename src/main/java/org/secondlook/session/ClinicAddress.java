package org.secondlook.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.secondlook.text.Phrase;

/**
 * Where a clinic's sessions live: {@code postgresql://host:5432/database?user=NAME&sslmode=MODE}, as given by
 * {@code --store} or {@code SECOND_LOOK_STORE}. A password is never part of it: it comes from {@code PGPASSWORD},
 * {@code ~/.pgpass} or a prompt, so it is kept neither in settings nor in the shell's history.
 *
 * @param sslMode {@code verify-full} unless given: a server on another computer must prove who it is
 */
public record ClinicAddress(String host, int port, String database, String user, String sslMode) {

    public static final String ENVIRONMENT_VARIABLE = "SECOND_LOOK_STORE";
    private static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /**
     * Reads a store address.
     *
     * @throws WordedArgumentException saying what is wrong and how a good address looks
     */
    public static ClinicAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw bad(text, StoreFailures.phrase("address.notAddress"));
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw bad(text, StoreFailures.phrase("address.scheme"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw bad(text, StoreFailures.phrase("address.noHost"));
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new WordedArgumentException(StoreFailures.phrase("address.password"));
        }
        Map<String, String> options = options(uri.getRawQuery(), text);
        if (options.containsKey("password")) {
            throw new WordedArgumentException(StoreFailures.phrase("address.password"));
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) {
            throw bad(text, StoreFailures.phrase("address.noDatabase"));
        }
        String user = options.getOrDefault("user", uri.getUserInfo());
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name");
        }
        String sslMode = options.get("sslmode");
        if (sslMode != null && !SSL_MODES.contains(sslMode)) {
            throw bad(text, StoreFailures.phrase("address.sslmode",
                    String.join(", ", SSL_MODES.stream().sorted().toList())));
        }
        String host = uri.getHost();
        if (sslMode == null) {
            sslMode = LOCAL_HOSTS.contains(host) ? "prefer" : "verify-full";
        }
        return new ClinicAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user, sslMode);
    }

    /** The same address for another login role. */
    public ClinicAddress as(String otherUser) {
        return new ClinicAddress(host, port, database, otherUser, sslMode);
    }

    /** The address as the PostgreSQL JDBC driver takes it, without user or password. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=" + sslMode
                + "&ApplicationName=Second%20Look";
    }

    /** The address to show a person: it holds no secret. */
    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user + "&sslmode=" + sslMode;
    }

    private static Map<String, String> options(String query, String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw bad(text, StoreFailures.phrase("address.notPair", pair));
            }
            options.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return options;
    }

    private static IllegalArgumentException bad(String text, Phrase why) {
        return new WordedArgumentException(StoreFailures.phrase("address.bad", text, why));
    }
}
