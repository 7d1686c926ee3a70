package org.secondlook.knowledge;

/** What one guideline body or regulator says about an option for a condition. */
public record GuidelinePosition(String body, Fact says) {
}
