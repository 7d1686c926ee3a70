package org.secondlook.ui;

import java.time.LocalDate;
import java.util.Locale;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.steps.AboutContent;

/** Fixed inputs for UI tests. */
final class TestContent {

    static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    static final AboutContent ABOUT = new AboutContent("9.9.9", LocalDate.of(2026, 11, 23), LocalDate.of(2027, 11, 23),
            "What it is.", "Who wrote it.", "Who pays.");

    private TestContent() {
    }
}
