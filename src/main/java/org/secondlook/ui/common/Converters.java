package org.secondlook.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display text for values in lists that the person picks from but never types into. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
