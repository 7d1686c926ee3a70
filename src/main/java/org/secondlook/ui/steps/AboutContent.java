package org.secondlook.ui.steps;

import java.time.LocalDate;

/** What the welcome page says about the content: who wrote it, who pays, how fresh it is. */
public record AboutContent(
        String contentVersion, LocalDate lastReviewed, LocalDate nextReviewDue,
        String whatItIs, String authorship, String funding) {
}
