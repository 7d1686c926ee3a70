package org.secondlook.advice;

/** Which side hurts. CENTRE is for back pain in the middle. */
public enum Side { LEFT, RIGHT, BOTH, CENTRE }
