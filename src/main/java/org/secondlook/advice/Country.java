package org.secondlook.advice;

/** Where the person lives, for costs and insurance. */
public enum Country { US, MEXICO, UK, OTHER }
