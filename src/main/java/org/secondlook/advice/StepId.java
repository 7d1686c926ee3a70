package org.secondlook.advice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The wizard's steps, in order; {@link #id()} is the stable name stored with a session and used in notes. */
public enum StepId {
    WELCOME, SAFETY, URGENT, PAIN, DIAGNOSIS, TRIED, PRIORITIES, PRACTICAL, OPTIONS, CHECK;

    public static final StepId FIRST = WELCOME;
    public static final StepId LAST = CHECK;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the id when there is no such step */
    @JsonCreator
    public static StepId of(String id) {
        return Arrays.stream(values()).filter(step -> step.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no step '" + id + "'"));
    }

    /** True for the steps that need a complete pain profile to be shown. */
    public boolean needsProfile() {
        return compareTo(OPTIONS) >= 0;
    }
}
