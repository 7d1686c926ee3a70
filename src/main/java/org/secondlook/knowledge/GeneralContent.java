package org.secondlook.knowledge;

import java.util.List;

/** Content that applies across conditions: red flags, pain duration, the ISSCR questions and marketing claims. */
public record GeneralContent(
        List<RedFlagInfo> redFlags,
        Fact redFlagAccuracy,
        List<DurationCategory> durationCategories,
        Fact meaningfulDifference,
        List<IsscrQuestion> isscrQuestions,
        Fact isscrAdvice,
        List<MarketingClaim> claims) {

    public GeneralContent {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        durationCategories = durationCategories == null ? List.of() : List.copyOf(durationCategories);
        isscrQuestions = isscrQuestions == null ? List.of() : List.copyOf(isscrQuestions);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
