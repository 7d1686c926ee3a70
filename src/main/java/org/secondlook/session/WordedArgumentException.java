package org.secondlook.session;

import org.secondlook.text.Phrase;

/** An argument the sessions layer cannot use (a clinic address, a login name), worded in the reader's language. */
public final class WordedArgumentException extends IllegalArgumentException implements Phrase.Worded {

    private final transient Phrase phrase;

    WordedArgumentException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
