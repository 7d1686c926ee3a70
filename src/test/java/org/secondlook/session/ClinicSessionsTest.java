package org.secondlook.session;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on a real PostgreSQL server, as a clinician of one clinic, in a fresh database per test. */
class ClinicSessionsTest extends SessionsContract {

    private ClinicAddress clinician;

    @BeforeEach
    void freshClinicStore() throws Exception {
        ClinicAddress owner = EmbeddedClinicServer.freshDatabase();
        try (ClinicSetup setup = ClinicSetup.connect(owner, null)) {
            setup.addClinician("dr_contract", "Riverside Clinic", "contract-secret".toCharArray());
        }
        clinician = owner.as("dr_contract");
    }

    @Override
    Sessions workstation(Clock clock) {
        return ClinicStore.open(clinician, null, clock);
    }
}
