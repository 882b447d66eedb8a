package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.reporting.PrefillSource;
import vn.noivu.reward.internal.RegistryStatistics.MovementFilter;
import vn.noivu.reward.internal.RegistryStatistics.Subject;

/**
 * The registry's figures for the statistical forms 0601–0603.N/BNV-TĐKT (TT 02/2023/TT-BNV), as
 * reporting's {@link PrefillSource}s: a form names them in its {@code prefill} (docs/reward-rules.md
 * lists them). Forms 0604 and 0605 count the organisations and civil servants doing emulation work,
 * which are the organisation and personnel modules' records, not the registry's.
 */
@Configuration(proxyBeanMethods = false)
class RewardPrefillSources {

    /** A named figure computed by the registry. */
    record Figure(String name, BiFunction<String, LocalDate, Optional<BigDecimal>> value) implements PrefillSource {

        @Override
        public Optional<BigDecimal> valueFor(String unitCode, LocalDate asOf) {
            return value.apply(unitCode, asOf);
        }
    }

    private static Figure movements(RegistryStatistics s, String name, MovementFilter filter) {
        return new Figure("reward.movements." + name, (unit, asOf) -> s.movements(unit, asOf, filter));
    }

    private static Figure awards(RegistryStatistics s, String title, Subject subject) {
        String name = "reward.awards." + title
                + (subject == Subject.ANY ? "" : "." + subject.name().toLowerCase());
        return new Figure(name, (unit, asOf) -> s.awards(unit, asOf, title, subject));
    }

    // 0601.N: movements by scope, duration and kind.
    @Bean
    PrefillSource rewardMovementsAll(RegistryStatistics s) {
        return movements(s, "all", MovementFilter.ALL);
    }

    @Bean
    PrefillSource rewardMovementsNational(RegistryStatistics s) {
        return movements(s, "national", MovementFilter.NATIONAL);
    }

    @Bean
    PrefillSource rewardMovementsMinistryProvince(RegistryStatistics s) {
        return movements(s, "ministryProvince", MovementFilter.MINISTRY_PROVINCE);
    }

    @Bean
    PrefillSource rewardMovementsCluster(RegistryStatistics s) {
        return movements(s, "cluster", MovementFilter.CLUSTER);
    }

    @Bean
    PrefillSource rewardMovementsUnit(RegistryStatistics s) {
        return movements(s, "unit", MovementFilter.UNIT);
    }

    @Bean
    PrefillSource rewardMovementsUnder1Year(RegistryStatistics s) {
        return movements(s, "under1Year", MovementFilter.UNDER_1_YEAR);
    }

    @Bean
    PrefillSource rewardMovements1Year(RegistryStatistics s) {
        return movements(s, "1Year", MovementFilter.ONE_YEAR);
    }

    @Bean
    PrefillSource rewardMovements1To3Years(RegistryStatistics s) {
        return movements(s, "1To3Years", MovementFilter.ONE_TO_3_YEARS);
    }

    @Bean
    PrefillSource rewardMovements3To5Years(RegistryStatistics s) {
        return movements(s, "3To5Years", MovementFilter.THREE_TO_5_YEARS);
    }

    @Bean
    PrefillSource rewardMovements5YearsOrMore(RegistryStatistics s) {
        return movements(s, "5YearsOrMore", MovementFilter.FIVE_YEARS_OR_MORE);
    }

    @Bean
    PrefillSource rewardMovementsThematic(RegistryStatistics s) {
        return movements(s, "thematic", MovementFilter.THEMATIC);
    }

    @Bean
    PrefillSource rewardMovementsRegular(RegistryStatistics s) {
        return movements(s, "regular", MovementFilter.REGULAR);
    }

    // 0602.N: state-level awards in the catalogue (orders and medals are not in it yet).
    @Bean
    PrefillSource rewardAwardsFlagGovernment(RegistryStatistics s) {
        return awards(s, "CO_TD_CP", Subject.ANY);
    }

    @Bean
    PrefillSource rewardAwardsNationalFighter(RegistryStatistics s) {
        return awards(s, "CSTD_TQ", Subject.ANY);
    }

    @Bean
    PrefillSource rewardAwardsPrimeMinisterCollective(RegistryStatistics s) {
        return awards(s, "BANG_KHEN_TTG", Subject.COLLECTIVE);
    }

    @Bean
    PrefillSource rewardAwardsPrimeMinisterIndividual(RegistryStatistics s) {
        return awards(s, "BANG_KHEN_TTG", Subject.INDIVIDUAL);
    }

    // 0603.N: awards of a ministry or province.
    @Bean
    PrefillSource rewardAwardsCertificateCollective(RegistryStatistics s) {
        return awards(s, "BANG_KHEN_BO_TINH", Subject.COLLECTIVE);
    }

    @Bean
    PrefillSource rewardAwardsCertificateIndividual(RegistryStatistics s) {
        return awards(s, "BANG_KHEN_BO_TINH", Subject.INDIVIDUAL);
    }

    @Bean
    PrefillSource rewardAwardsProvinceFighter(RegistryStatistics s) {
        return awards(s, "CSTD_BO_TINH", Subject.ANY);
    }

    @Bean
    PrefillSource rewardAwardsFlagProvince(RegistryStatistics s) {
        return awards(s, "CO_TD_BO_TINH", Subject.ANY);
    }
}
