package org.secondlook.ui.steps;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.secondlook.knowledge.ContentMetadata;

/**
 * What the welcome page says about the content: what it is, who wrote it, who pays, how fresh it is, with the review
 * dates written out in the reader's language.
 */
public record AboutContent(
        String contentVersion, String lastReviewed, String nextReviewDue, String whatItIs, String whatItIsNot,
        String authorship, String funding, String competingInterests, String updatePolicy) {

    public static AboutContent of(ContentMetadata metadata, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return new AboutContent(metadata.contentVersion(), dates.format(metadata.lastReviewed()),
                dates.format(metadata.nextReviewDue()),
                metadata.whatItIs().in(locale), metadata.whatItIsNot().in(locale), metadata.authorship().in(locale),
                metadata.funding().in(locale), metadata.competingInterests().in(locale), metadata.updatePolicy().in(locale));
    }
}
