package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.noivu.personnel.Personnel;
import vn.noivu.reward.Bonus;

/** The bonus of a title or form decided on a date, from the catalogue and the personnel base salary. */
@Component
public class BonusCalculator {

    private final Catalogue catalogue;
    private final Personnel personnel;

    BonusCalculator(Catalogue catalogue, Personnel personnel) {
        this.catalogue = catalogue;
        this.personnel = personnel;
    }

    /**
     * Empty when the code has no version in force on the decision date, no multiple for that subject,
     * or no base salary is known for that date (decisions older than the catalogue).
     */
    public Optional<Bonus> bonus(String code, LocalDate decisionDate, boolean collective) {
        var entry = catalogue.at(code, decisionDate);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal multiple = entry.get().multiple(collective);
        if (multiple == null) {
            return Optional.empty();
        }
        return personnel.baseSalary(decisionDate).map(base -> Bonus.of(code, decisionDate, multiple, base));
    }
}
