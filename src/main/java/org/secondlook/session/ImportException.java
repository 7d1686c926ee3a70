package org.secondlook.session;

import org.secondlook.text.Phrase;

/**
 * A session file was refused; the one-line sentence names the field and the problem ({@link #phrase()}, worded in the
 * reader's language; {@link #getMessage()} in English). Nothing was written.
 */
public class ImportException extends Exception implements Phrase.Worded {

    private final transient Phrase phrase;

    ImportException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    ImportException(String key, Object... args) {
        this(StoreFailures.phrase(key, args));
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
