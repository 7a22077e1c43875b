package fangrid.domain;

/**
 * How a column writes dates like {@code 3/4/2024}: month first (US, UCI Online Retail) or day first (UK, EU).
 * Decided per column from its values: a first number above 12 means day first, a second above 12 month first.
 */
public enum DateOrder {
    MONTH_FIRST, DAY_FIRST;
}
