package vn.noivu.reward;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.reward.internal.BonusCalculator;
import vn.noivu.reward.internal.Catalogue;
import vn.noivu.reward.internal.EligibilityCheck;
import vn.noivu.reward.internal.RewardImport;
import vn.noivu.reward.internal.RewardRegistry;

/** What the rest of NoiVu may ask the reward module; it only delegates to the module's use cases. */
@Service
public class Rewards {

    private final Catalogue catalogue;
    private final BonusCalculator bonuses;
    private final RewardRegistry registry;
    private final RewardImport imports;
    private final EligibilityCheck eligibility;

    Rewards(
            Catalogue catalogue,
            BonusCalculator bonuses,
            RewardRegistry registry,
            RewardImport imports,
            EligibilityCheck eligibility) {
        this.catalogue = catalogue;
        this.bonuses = bonuses;
        this.registry = registry;
        this.imports = imports;
        this.eligibility = eligibility;
    }

    /** Every version of every title and reward form. */
    public List<CatalogueEntry> catalogue() {
        return catalogue.all();
    }

    /** The bonus of a title or form decided on a date, for a person or for a collective. */
    public Optional<Bonus> bonus(String code, LocalDate decisionDate, boolean collective) {
        return bonuses.bonus(code, decisionDate, collective);
    }

    public Award recordAward(AwardRequest request) {
        return registry.addAward(request);
    }

    public Initiative recordInitiative(InitiativeRequest request) {
        return registry.addInitiative(request);
    }

    public void recordRating(RatingRequest request) {
        registry.setRating(request);
    }

    public void recordDiscipline(DisciplineRequest request) {
        registry.addDiscipline(request);
    }

    /** Awards in the user's scope of a person or a unit (or all, newest first, at most 1,000). */
    public List<Award> awards(Long personId, String orgCode) {
        return registry.awards(personId, orgCode);
    }

    /** Imports awards or initiatives ({@code kind} = awards | initiatives), all or nothing. */
    public ImportResult importFile(String kind, String filename, InputStream in) {
        return imports.importFile(kind, filename, in);
    }

    public Eligibility eligibility(EligibilityRequest request) {
        return eligibility.check(request);
    }
}
