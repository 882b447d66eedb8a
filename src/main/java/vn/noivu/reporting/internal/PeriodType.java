package vn.noivu.reporting.internal;

/**
 * How a form's periods are cut. An emulation year (năm thi đua) runs from 1 December of the previous
 * year to 30 November (TT 02/2023/TT-BNV); a term (nhiệm kỳ) is written by its first and last year; an
 * ad-hoc (đột xuất) report by the day it was requested.
 */
public enum PeriodType {
    YEAR,
    EMULATION_YEAR,
    HALF_YEAR,
    QUARTER,
    MONTH,
    TERM,
    AD_HOC
}
