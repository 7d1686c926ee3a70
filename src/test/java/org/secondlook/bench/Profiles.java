package org.secondlook.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondlook.advice.Budget;
import org.secondlook.advice.Country;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Onset;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;

/** A typical filled-in profile, so benchmarked rows are the size real ones are. */
final class Profiles {

    private Profiles() {
    }

    static Profile knee() {
        return new Profile(Site.KNEE, Side.LEFT, 52, 6, Map.of(LifeArea.SLEEP, 2, LifeArea.WORK, 3), Onset.GRADUAL,
                Diagnosis.KNEE_OSTEOARTHRITIS, true, Set.of(), List.of(new PriorTreatment("physio", Outcome.PARTLY, 8)),
                Map.of(Priority.AVOID_SURGERY, 4, Priority.LOW_COST, 2), Country.UK, true, Budget.UNDER_2000, false,
                "physio");
    }
}
