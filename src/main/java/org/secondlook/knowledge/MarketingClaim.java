package org.secondlook.knowledge;

import java.util.List;

/**
 * A claim patients meet in stem-cell marketing, and what the evidence says about it. A null {@code site} means the
 * claim is made for pain at any site; otherwise only for pain there (e.g. "avoid spinal fusion" for back pain).
 */
public record MarketingClaim(String id, int number, LocalizedText claim, Verdict verdict, Fact evidence,
        List<String> options, BodySite site) {

    public MarketingClaim {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** True when the claim is made for pain at {@code painSite}. */
    public boolean madeFor(BodySite painSite) {
        return site == null || site == painSite;
    }
}
