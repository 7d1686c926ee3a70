package org.secondlook.ui.common;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;

/**
 * Values computed from several observables, as {@code Bindings.createObjectBinding} and
 * {@code createBooleanBinding} make them. The first frame uses these instead: loading {@code Bindings} loads some 80
 * of its inner classes with it, about 25 ms of a cold start. (One observable is simpler with {@code map}.)
 */
public final class Derived {

    private Derived() {
    }

    public static <T> ObjectBinding<T> object(Supplier<T> value, Observable... dependencies) {
        return new ObjectBinding<>() {
            {
                bind(dependencies);
            }

            @Override
            protected T computeValue() {
                return value.get();
            }
        };
    }

    public static BooleanBinding bool(BooleanSupplier value, Observable... dependencies) {
        return new BooleanBinding() {
            {
                bind(dependencies);
            }

            @Override
            protected boolean computeValue() {
                return value.getAsBoolean();
            }
        };
    }
}
