package org.secondlook.advice;

/** How the pain started. */
public enum Onset { GRADUAL, AFTER_INJURY, AFTER_PREGNANCY, NOT_SURE }
