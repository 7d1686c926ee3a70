package org.secondlook.knowledge;

import java.time.LocalDate;

/** Version, review dates and the statements a decision aid must make about itself (IPDAS). */
public record ContentMetadata(
        String contentVersion,
        LocalDate lastReviewed,
        LocalDate nextReviewDue,
        LocalizedText updatePolicy,
        LocalizedText authorship,
        LocalizedText funding,
        LocalizedText competingInterests,
        LocalizedText whatItIs,
        LocalizedText whatItIsNot) {
}
