package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.reporting.internal.SourceNames;

/**
 * Every pre-fill source a module offers has a name people read on the grid and in exports: none falls
 * back to its code, in Vietnamese or in English.
 */
@NoiVuIntegrationTest
class SourceNamesIntegrationTests {

    /** Single sources (every module offers groups today; a single one would be checked the same). */
    @Autowired
    ObjectProvider<PrefillSource> sources;

    @Autowired
    List<PrefillSources> groups;

    @Autowired
    SourceNames names;

    @Test
    void everySourceOfEveryModuleIsNamed() {
        List<String> all = new ArrayList<>();
        sources.stream().forEach(s -> all.add(s.name()));
        groups.forEach(g -> all.addAll(g.names()));
        assertThat(all).anyMatch(n -> n.startsWith("reward.")).anyMatch(n -> n.startsWith("personnel."));
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            LocaleContextHolder.setLocale(locale);
            try {
                List<String> unnamed =
                        all.stream().filter(n -> names.label(n).equals(n)).toList();
                assertThat(unnamed)
                        .as("sources shown by their code (%s)", locale)
                        .isEmpty();
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        try {
            assertThat(names.label("reward.awards.BANG_KHEN_TTG.collective.byProvince"))
                    .isEqualTo("Sổ khen thưởng: Bằng khen của Thủ tướng Chính phủ, tập thể, thuộc tỉnh, thành phố");
            assertThat(names.label("reward.staff.age-30.women"))
                    .contains("Người làm công tác thi đua, khen thưởng: từ 30 tuổi trở xuống")
                    .contains("nữ");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
