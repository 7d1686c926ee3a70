package org.secondlook.ui.wizard;

/** Whether the person uses Second Look alone or with a clinician beside them. */
public enum GuidanceMode { ON_MY_OWN, WITH_CLINICIAN }
