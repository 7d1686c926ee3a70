package org.secondlook.advice;

/** Parts of life the pain can affect, each rated 0 (not at all) to 4 (very much). */
public enum LifeArea { SLEEP, WORK, DAILY_LIFE }
