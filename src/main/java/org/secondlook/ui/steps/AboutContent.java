package org.secondlook.ui.steps;

import java.time.LocalDate;
import java.util.Locale;
import org.secondlook.knowledge.ContentMetadata;

/** What the welcome page says about the content: what it is, who wrote it, who pays, how fresh it is. */
public record AboutContent(
        String contentVersion, LocalDate lastReviewed, LocalDate nextReviewDue, String whatItIs, String whatItIsNot,
        String authorship, String funding, String competingInterests, String updatePolicy) {

    public static AboutContent of(ContentMetadata metadata, Locale locale) {
        return new AboutContent(metadata.contentVersion(), metadata.lastReviewed(), metadata.nextReviewDue(),
                metadata.whatItIs().in(locale), metadata.whatItIsNot().in(locale), metadata.authorship().in(locale),
                metadata.funding().in(locale), metadata.competingInterests().in(locale), metadata.updatePolicy().in(locale));
    }
}
