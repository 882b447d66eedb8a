package vn.noivu.personnel.internal.career;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.noivu.personnel.internal.person.WithinLimits;

/**
 * A career event as entered, with the decision behind it; fields the kind does not use stay empty.
 * {@code year} and {@code rating} are those of an EVALUATION (the year evaluated and its {@link Rating});
 * {@code periodTo} (last day, included) and {@code reason} those of a NON_COUNTING_PERIOD, which starts
 * on the effective date; {@code careerLevel} that of a CAREER_LEVEL_CHANGE.
 */
@WithinLimits
public record EventCommand(
        @NotBlank String kind,
        @NotNull LocalDate effectiveDate,
        String orgCode,
        String positionCode,
        String staffCategory,
        String rankCode,
        @Min(1) @Max(20) Integer salaryStep,
        String leadershipTitle,
        @DecimalMin("0") @DecimalMax("99.99") BigDecimal positionAllowance,
        @DecimalMin("0") @DecimalMax("99.99") BigDecimal otherAllowance,
        String disciplineCode,
        @Min(1) @Max(120) Integer termMonths,
        String note,
        @NotBlank String decisionNo,
        @NotNull LocalDate decisionDate,
        @NotBlank String issuer,
        Integer year,
        String rating,
        String leadershipPost,
        LocalDate periodTo,
        String reason,
        @Min(1) @Max(5) Integer careerLevel) {

    /**
     * An event that changes nothing of the employment but what its kind says (a step increase, a
     * discipline, an exit): the decision and a note; {@code disciplineCode} for a discipline.
     */
    public static EventCommand decided(
            String kind,
            LocalDate effectiveDate,
            String disciplineCode,
            String note,
            String decisionNo,
            LocalDate decisionDate,
            String issuer) {
        return of(kind, effectiveDate)
                .discipline(disciplineCode)
                .note(note)
                .decision(decisionNo, decisionDate, issuer)
                .build();
    }

    /**
     * A command of {@code kind} on {@code effectiveDate}, built by naming only the fields the kind uses
     * (e.g. {@code EventCommand.of("PROMOTION", d).rank("01.002").decision(no, date, issuer).build()}).
     */
    public static Builder of(String kind, LocalDate effectiveDate) {
        return new Builder(kind, effectiveDate);
    }

    /** Fields left unnamed stay empty, as on a form. */
    public static final class Builder {
        private final String kind;
        private final LocalDate effectiveDate;
        private String orgCode;
        private String positionCode;
        private String staffCategory;
        private String rankCode;
        private Integer salaryStep;
        private String leadershipTitle;
        private BigDecimal positionAllowance;
        private BigDecimal otherAllowance;
        private String disciplineCode;
        private Integer termMonths;
        private String note;
        private String decisionNo;
        private LocalDate decisionDate;
        private String issuer;
        private Integer year;
        private String rating;
        private String leadershipPost;
        private LocalDate periodTo;
        private String reason;
        private Integer careerLevel;

        private Builder(String kind, LocalDate effectiveDate) {
            this.kind = kind;
            this.effectiveDate = effectiveDate;
        }

        /** The decision behind the event: its number, date and issuer. */
        public Builder decision(String number, LocalDate date, String issuedBy) {
            this.decisionNo = number;
            this.decisionDate = date;
            this.issuer = issuedBy;
            return this;
        }

        public Builder org(String code) {
            this.orgCode = code;
            return this;
        }

        public Builder position(String code) {
            this.positionCode = code;
            return this;
        }

        public Builder staffCategory(String code) {
            this.staffCategory = code;
            return this;
        }

        public Builder rank(String code) {
            this.rankCode = code;
            return this;
        }

        public Builder step(Integer step) {
            this.salaryStep = step;
            return this;
        }

        public Builder title(String title) {
            this.leadershipTitle = title;
            return this;
        }

        public Builder positionAllowance(BigDecimal coefficient) {
            this.positionAllowance = coefficient;
            return this;
        }

        public Builder otherAllowance(BigDecimal coefficient) {
            this.otherAllowance = coefficient;
            return this;
        }

        public Builder discipline(String code) {
            this.disciplineCode = code;
            return this;
        }

        public Builder termMonths(Integer months) {
            this.termMonths = months;
            return this;
        }

        public Builder note(String text) {
            this.note = text;
            return this;
        }

        /** The year an EVALUATION rates and its {@link Rating}. */
        public Builder rating(Integer ratedYear, String ratingCode) {
            this.year = ratedYear;
            this.rating = ratingCode;
            return this;
        }

        public Builder post(String code) {
            this.leadershipPost = code;
            return this;
        }

        /** The last day (included) and the {@link NonCountingReason} of a NON_COUNTING_PERIOD. */
        public Builder period(LocalDate lastDay, String reasonCode) {
            this.periodTo = lastDay;
            this.reason = reasonCode;
            return this;
        }

        public Builder careerLevel(Integer level) {
            this.careerLevel = level;
            return this;
        }

        public EventCommand build() {
            return new EventCommand(
                    kind,
                    effectiveDate,
                    orgCode,
                    positionCode,
                    staffCategory,
                    rankCode,
                    salaryStep,
                    leadershipTitle,
                    positionAllowance,
                    otherAllowance,
                    disciplineCode,
                    termMonths,
                    note,
                    decisionNo,
                    decisionDate,
                    issuer,
                    year,
                    rating,
                    leadershipPost,
                    periodTo,
                    reason,
                    careerLevel);
        }
    }

    String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The same command with blank strings as nulls and codes trimmed. */
    EventCommand normalised() {
        return new EventCommand(
                kind == null ? null : kind.trim(),
                effectiveDate,
                blankToNull(orgCode),
                blankToNull(positionCode),
                blankToNull(staffCategory),
                blankToNull(rankCode),
                salaryStep,
                blankToNull(leadershipTitle),
                positionAllowance,
                otherAllowance,
                blankToNull(disciplineCode),
                termMonths,
                blankToNull(note),
                blankToNull(decisionNo),
                decisionDate,
                blankToNull(issuer),
                year,
                rating == null || rating.isBlank() ? null : rating.trim().toUpperCase(java.util.Locale.ROOT),
                blankToNull(leadershipPost),
                periodTo,
                reason == null || reason.isBlank() ? null : reason.trim().toUpperCase(java.util.Locale.ROOT),
                careerLevel);
    }
}
