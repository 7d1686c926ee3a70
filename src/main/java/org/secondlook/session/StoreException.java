package org.secondlook.session;

import org.secondlook.text.Phrase;

/**
 * The session database could not be read or written. The sentence for a person is {@link #phrase()}, to be worded in
 * their language; {@link #getMessage()} is the same sentence in English, for logs.
 */
public class StoreException extends RuntimeException implements Phrase.Worded {

    private final transient Phrase phrase;

    public StoreException(Phrase phrase, Throwable cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
    }

    public StoreException(Phrase phrase) {
        this(phrase, null);
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
