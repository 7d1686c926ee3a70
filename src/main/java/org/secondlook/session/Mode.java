package org.secondlook.session;

/** Who is going through the steps: the person alone, or with a clinician beside them. */
public enum Mode { SELF, CLINICIAN }
