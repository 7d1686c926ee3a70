package org.secondlook.knowledge;

/** An experimental option's status with one regulator; a null status means our sources do not say. */
public record RegulatoryStatus(Regulator regulator, Fact status) {
}
