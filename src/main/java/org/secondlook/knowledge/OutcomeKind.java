package org.secondlook.knowledge;

/** What an "out of 100" figure is about, so screens put it under benefits, harms, or what happened next. */
public enum OutcomeKind {
    BENEFIT,
    HARM,
    /** What happened to people later, e.g. went on to have surgery, or had the treatment again. */
    COURSE
}
