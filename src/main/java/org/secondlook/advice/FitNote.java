package org.secondlook.advice;

/** How an option stands against one priority the person rated (0 to 4). */
public record FitNote(Priority priority, int rating, FitRelation relation, String sentence) {
}
