package org.secondlook.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * Version, review dates, the statements a decision aid must make about itself (IPDAS), and the languages every
 * patient-facing text must be given in (English always; another once its translation is complete).
 */
public record ContentMetadata(
        String contentVersion,
        LocalDate lastReviewed,
        LocalDate nextReviewDue,
        LocalizedText updatePolicy,
        LocalizedText authorship,
        LocalizedText funding,
        LocalizedText competingInterests,
        LocalizedText whatItIs,
        LocalizedText whatItIsNot,
        List<String> languages) {

    public ContentMetadata {
        languages = languages == null ? List.of(LocalizedText.FALLBACK_LANGUAGE) : List.copyOf(languages);
    }
}
