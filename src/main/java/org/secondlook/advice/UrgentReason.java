package org.secondlook.advice;

import java.util.List;

/**
 * A warning sign the person reported. {@code unconfirmed} is true when the content has not yet checked the
 * reason against a source.
 */
public record UrgentReason(RedFlag flag, String sign, String whatToDo, String why, List<String> sources,
        boolean unconfirmed) {

    public UrgentReason {
        sources = List.copyOf(sources);
    }
}
