package org.secondlook.advice;

/** Where the pain is. */
public enum Site { LOW_BACK, KNEE }
