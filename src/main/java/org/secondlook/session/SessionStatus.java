package org.secondlook.session;

/** Whether the person reached the end of the steps. */
public enum SessionStatus { IN_PROGRESS, COMPLETED }
