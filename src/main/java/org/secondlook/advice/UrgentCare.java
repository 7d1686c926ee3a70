package org.secondlook.advice;

import java.util.List;

/**
 * What to do now after a warning sign, with the emergency number for the person's country; all of them, each
 * labelled, when the country is not known yet (it is asked after the safety check).
 */
final class UrgentCare {

    private final AdviceText text;

    UrgentCare(AdviceText text) {
        this.text = text;
    }

    List<String> now(Country country) {
        String number = text.text(country == null ? "emergency.unknown" : switch (country) {
            case US -> "emergency.US";
            case MEXICO -> "emergency.MEXICO";
            case UK -> "emergency.UK";
            case OTHER -> "emergency.OTHER";
        });
        return List.of(text.text("urgent.now"), text.text("urgent.call", number));
    }
}
