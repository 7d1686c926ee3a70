package org.secondlook.advice;

/** How a treatment the person already tried went. */
public enum Outcome { HELPED, PARTLY, NO_CHANGE, WORSE, SIDE_EFFECTS }
