package vn.noivu.reward;

/** Awards and the bonus paid for them in a year (of the title) by a unit: the bonus fund's totals. */
public record BonusTotal(int year, String unitCode, String unitName, long awards, long bonus) {}
