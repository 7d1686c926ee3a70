package org.secondlook.app.cli;

import org.secondlook.text.Phrase;

/** What the command line itself says, from {@code org/secondlook/app/cli/cli*.properties}, worded in {@code --lang}. */
final class CliText {

    static final String BUNDLE = "org.secondlook.app.cli.cli";
    /** The --help texts, which picocli reads itself: see {@code usage.properties}. */
    static final String USAGE = "org.secondlook.app.cli.usage";

    private CliText() {
    }

    static Phrase phrase(String key, Object... args) {
        return Phrase.of(BUNDLE, key, args);
    }
}
