package org.secondlook.advice;

/** The cheapest known price against the person's budget. */
public enum BudgetFit {
    WITHIN,
    ABOVE,
    /** A price is known but cannot be compared: another currency, no budget given, or only a top price. */
    CANNOT_COMPARE,
    NO_PRICE
}
