package org.secondlook.ui.common;

import java.util.Locale;

/** Node ids and style classes made from values, e.g. LOW_BACK → "low-back", so tests and CSS can find them. */
public final class Ids {

    private Ids() {
    }

    public static String of(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
