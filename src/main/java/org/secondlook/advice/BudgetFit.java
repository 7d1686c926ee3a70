package org.secondlook.advice;

/** The expected cost of a usual course against the person's budget. */
public enum BudgetFit {
    /** Even the highest price of a usual course in our sources is within the budget. */
    WITHIN,
    /** Even the lowest price of a usual course in our sources is above the budget. */
    ABOVE,
    /** Part of the price range is above the budget, or the sources do not say how many sessions a course takes. */
    MAY_BE_ABOVE,
    /** A price is known but cannot be compared: another currency, no budget given, or no ceiling to the budget. */
    CANNOT_COMPARE,
    NO_PRICE
}
