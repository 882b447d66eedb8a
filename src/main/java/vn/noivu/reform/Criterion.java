package vn.noivu.reform;

import java.math.BigDecimal;

/** An area, criterion or sub-criterion of a method; {@code parentCode} null for an area. */
public record Criterion(String code, String parentCode, String name, BigDecimal maxPoints, CriterionKind kind) {}
