package org.secondlook.knowledge;

import java.util.List;

/** A claim patients meet in stem-cell marketing, and what the evidence says about it. */
public record MarketingClaim(String id, int number, LocalizedText claim, Verdict verdict, Fact evidence,
        List<String> options) {

    public MarketingClaim {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
