package org.secondlook.advice;

import java.util.Locale;
import org.secondlook.text.BundleText;

/** Every sentence the engine writes, from {@code org/secondlook/advice/advice*.properties} (MessageFormat patterns). */
final class AdviceText extends BundleText {

    static final String BUNDLE = "org.secondlook.advice.advice";

    AdviceText(Locale locale) {
        super(BUNDLE, locale);
    }
}
