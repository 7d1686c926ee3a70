package org.secondlook.knowledge;

/** A warning sign that needs urgent care; the id matches the advice layer's RedFlag names. Null site = any site. */
public record RedFlagInfo(String id, BodySite site, LocalizedText sign, Fact why, LocalizedText whatToDo) {
}
