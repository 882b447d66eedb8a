package vn.noivu.reform;

import java.math.BigDecimal;
import java.util.List;

/** The unit's points for a criterion, its comment and links to documents that prove them. */
public record SelfScore(BigDecimal points, String comment, List<String> links) {}
