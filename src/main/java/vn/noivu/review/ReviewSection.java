package vn.noivu.review;

import java.util.List;

/**
 * A section of the review, contributed as a bean by the module that holds its facts (or by review
 * itself, reading that module's facade). {@link #key()} names its {@link SectionSlot}.
 */
public interface ReviewSection {

    /** The slot it fills: one of {@link SectionSlot#ORDER}'s keys. */
    String key();

    /** The figures of the scope and year, each stated as the reports state it. */
    List<ReviewFigure> figures(ReviewScope scope);
}
