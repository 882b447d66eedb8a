package vn.noivu.reward.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.noivu.reward.CatalogueEntry;
import vn.noivu.reward.Rewards;

/**
 * A title's or reward form's name for pages ({@code ${@rewardTitles.name(code)}}): people read "Chiến sĩ
 * thi đua cơ sở", not {@code CSTD_CS}. The catalogue's wording, in English where the reader asks for it.
 */
@Component("rewardTitles")
public class RewardTitleNames {

    private final Rewards rewards;

    RewardTitleNames(Rewards rewards) {
        this.rewards = rewards;
    }

    public String name(String code) {
        if (code == null) {
            return "";
        }
        return names().getOrDefault(code, code);
    }

    /** Every code with its name, in the catalogue's order. */
    public Map<String, String> names() {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return rewards.catalogue().stream()
                .collect(Collectors.toMap(
                        CatalogueEntry::code,
                        e -> english && e.nameEn() != null ? e.nameEn() : e.name(),
                        (first, later) -> first,
                        java.util.LinkedHashMap::new));
    }
}
