package vn.noivu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The history rules, on an in-memory store: what restructurings do and what they refuse. */
class TimelineTests {

    static final LocalDate START = LocalDate.of(2015, 1, 1);
    static final LegalBasis BASIS = new LegalBasis("1/QĐ-TEST", null, null);

    /** A store holding versions in memory. */
    static final class MemoryStore extends VersionStore {
        final Map<String, List<Version>> versions = new HashMap<>();

        MemoryStore() {
            super(null);
        }

        /** A unit since 2015 with the tier and province the application would derive. */
        MemoryStore unit(String code, UnitType type, String parent, String adminUnit, Integer group) {
            Version p = parent == null ? null : versions.get(parent).get(0);
            Tier tier = type.tier() != null ? type.tier() : p == null ? Tier.CENTRAL : p.tier();
            String province =
                    type == UnitType.PROVINCIAL_PEOPLES_COMMITTEE ? adminUnit : p == null ? null : p.provinceCode();
            versions.computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new Version(
                            code,
                            "Đơn vị " + code,
                            null,
                            type,
                            tier,
                            parent,
                            adminUnit,
                            province,
                            group,
                            START,
                            null,
                            BASIS,
                            null));
            return this;
        }

        @Override
        public Map<String, List<Version>> load(Collection<String> codes) {
            Map<String, List<Version>> out = new HashMap<>();
            codes.forEach(c -> {
                if (versions.containsKey(c)) {
                    out.put(c, new ArrayList<>(versions.get(c)));
                }
            });
            return out;
        }

        @Override
        public Set<String> childrenOf(Collection<String> parents) {
            Set<String> out = new HashSet<>();
            versions.forEach((code, h) ->
                    h.stream().filter(v -> parents.contains(v.parentCode())).forEach(v -> out.add(code)));
            return out;
        }
    }

    static MemoryStore province() {
        return new MemoryStore()
                .unit("P", UnitType.PROVINCIAL_PEOPLES_COMMITTEE, null, "01", null)
                .unit("P.A", UnitType.PROVINCIAL_DEPARTMENT, "P", null, null)
                .unit("P.B", UnitType.PROVINCIAL_DEPARTMENT, "P", null, null)
                .unit("P.A.X", UnitType.DEPARTMENT_UNIT, "P.A", null, null)
                .unit("P.B.Y", UnitType.DEPARTMENT_UNIT, "P.B", null, null)
                .unit("Q", UnitType.PROVINCIAL_PEOPLES_COMMITTEE, null, "79", null)
                .unit("Q.A", UnitType.PROVINCIAL_DEPARTMENT, "Q", null, null)
                .unit("Q.A.H", UnitType.PUBLIC_SERVICE_UNIT, "Q.A", null, 3);
    }

    static Timeline timeline(MemoryStore store) {
        return new Timeline(store, null);
    }

    static RestructuringCommand command(RestructuringKind kind, String date, List<String> preds, String... succs) {
        List<RestructuringCommand.Successor> s = new ArrayList<>();
        for (String code : succs) {
            s.add(new RestructuringCommand.Successor(code, Version.Attributes.NONE));
        }
        return new RestructuringCommand(kind, LocalDate.parse(date), preds, s, BASIS, null);
    }

    static RestructuringCommand transfer(String code, String parent, String date) {
        return new RestructuringCommand(
                RestructuringKind.TRANSFER,
                LocalDate.parse(date),
                List.of(code),
                List.of(new RestructuringCommand.Successor(
                        code, new Version.Attributes(null, null, null, parent, null, null))),
                BASIS,
                null);
    }

    static List<Problem> applyAndValidate(Timeline t, RestructuringCommand... commands) {
        long id = -1;
        for (RestructuringCommand c : commands) {
            Restructurer.apply(t, c, id--);
        }
        t.derive();
        return t.validate();
    }

    @Test
    void aUnitMovedUnderAnotherParentIn2023ShowsItsOldParentAsOf2022() {
        Timeline t = timeline(province());
        assertThat(applyAndValidate(t, transfer("P.A.X", "P.B", "2023-01-01"))).isEmpty();
        assertThat(t.at("P.A.X", LocalDate.of(2022, 12, 31)).orElseThrow().parentCode())
                .isEqualTo("P.A");
        assertThat(t.at("P.A.X", LocalDate.of(2023, 1, 1)).orElseThrow().parentCode())
                .isEqualTo("P.B");
    }

    @Test
    void mergingIntoAContinuingUnitEndsTheOthersAndMovesTheirChildrenToIt() {
        Timeline t = timeline(province());
        assertThat(applyAndValidate(t, command(RestructuringKind.MERGE, "2025-03-01", List.of("P.A", "P.B"), "P.A")))
                .isEmpty();
        assertThat(t.endOf("P.B")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(t.endOf("P.A")).isNull();
        assertThat(t.at("P.B.Y", LocalDate.of(2025, 3, 1)).orElseThrow().parentCode())
                .isEqualTo("P.A");
        assertThat(t.endedBy()).containsKey("P.B").doesNotContainKey("P.A");
    }

    @Test
    void aCycleInTheHierarchyIsRefused() {
        Timeline t = timeline(province());
        List<Problem> problems =
                applyAndValidate(t, transfer("P.A.X", "P.B", "2024-01-01"), transfer("P.B.Y", "P.A.X", "2024-01-01"));
        assertThat(problems).isEmpty();
        Timeline cyclic = timeline(province().unit("P.C", UnitType.DEPARTMENT_UNIT, "P.A.X", null, null));
        assertThat(applyAndValidate(cyclic, transfer("P.A.X", "P.C", "2024-01-01")))
                .extracting(Problem::messageKey)
                .contains("org.error.cycle");
    }

    @Test
    void overlappingVersionsAreRefused() {
        Timeline t = timeline(province());
        t.put(new Version(
                "P.A",
                "Sở A",
                null,
                UnitType.PROVINCIAL_DEPARTMENT,
                null,
                "P",
                null,
                null,
                null,
                LocalDate.of(2020, 1, 1),
                null,
                BASIS,
                null));
        t.derive();
        assertThat(t.validate()).extracting(Problem::messageKey).contains("org.error.overlap");
    }

    @Test
    void mergingIntoADissolvedUnitIsRefused() {
        Timeline t = timeline(province());
        Restructurer.apply(t, command(RestructuringKind.DISSOLVE, "2020-01-01", List.of("P.B.Y")), -1L);
        assertThatThrownBy(() -> Restructurer.apply(
                        t, command(RestructuringKind.MERGE, "2021-01-01", List.of("P.A.X"), "P.B.Y"), -2L))
                .isInstanceOf(TimelineException.class)
                .extracting(e -> ((TimelineException) e).problem().messageKey())
                .isEqualTo("org.error.mergeIntoEnded");
    }

    @Test
    void dissolvingAUnitThatStillHasUnitsBelowItIsRefused() {
        Timeline t = timeline(province());
        assertThat(applyAndValidate(t, command(RestructuringKind.DISSOLVE, "2020-01-01", List.of("P.A"))))
                .extracting(Problem::messageKey)
                .containsExactly("org.error.parentNotAlive");
        Timeline whole = timeline(province());
        assertThat(applyAndValidate(whole, command(RestructuringKind.DISSOLVE, "2020-01-01", List.of("P.A", "P.A.X"))))
                .isEmpty();
    }

    @Test
    void aUnitCannotStandUnderAParentOfTheWrongType() {
        Timeline t = timeline(province());
        assertThat(applyAndValidate(t, transfer("P.A", "P.B", "2020-01-01")))
                .extracting(Problem::messageKey)
                .contains("org.error.parentType");
    }

    @Test
    void aPublicServiceUnitKeepsItsAutonomyGroupAndOthersHaveNone() {
        Timeline t = timeline(province());
        t.put(new Version(
                "Q.A.Z",
                "Trung tâm",
                null,
                UnitType.PUBLIC_SERVICE_UNIT,
                null,
                "Q.A",
                null,
                null,
                null,
                START,
                null,
                BASIS,
                null));
        t.derive();
        assertThat(t.validate()).extracting(Problem::messageKey).contains("org.error.autonomyRequired");
    }

    @Test
    void theProvinceOfAUnitFollowsItsParentAndChangesWithATransferAcrossProvinces() {
        Timeline t = timeline(province());
        assertThat(applyAndValidate(t, transfer("Q.A.H", "P.A", "2025-07-01"))).isEmpty();
        assertThat(t.at("Q.A.H", LocalDate.of(2025, 6, 30)).orElseThrow().provinceCode())
                .isEqualTo("79");
        assertThat(t.at("Q.A.H", LocalDate.of(2025, 7, 1)).orElseThrow().provinceCode())
                .isEqualTo("01");
        assertThat(t.at("Q.A.H", LocalDate.of(2025, 7, 1)).orElseThrow().tier()).isEqualTo(Tier.PROVINCIAL);
    }

    @Test
    void aUnitThatContinuesUnderANewCodeEndsAndItsSuccessorStartsTheSameDay() {
        Timeline t = timeline(province());
        RestructuringCommand recode = new RestructuringCommand(
                RestructuringKind.RENAME,
                LocalDate.of(2024, 1, 1),
                List.of("P.A"),
                List.of(new RestructuringCommand.Successor(
                        "P.AA", new Version.Attributes("Sở AA", null, null, null, null, null))),
                BASIS,
                null);
        assertThat(applyAndValidate(t, recode)).isEmpty();
        assertThat(t.endOf("P.A")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(t.at("P.AA", LocalDate.of(2024, 1, 1)).orElseThrow().parentCode())
                .isEqualTo("P");
        assertThat(t.at("P.A.X", LocalDate.of(2024, 1, 1)).orElseThrow().parentCode())
                .isEqualTo("P.AA");
    }

    @Test
    void changesMustComeInDateOrder() {
        Timeline t = timeline(province());
        Restructurer.apply(t, transfer("P.A.X", "P.B", "2024-01-01"), -1L);
        assertThatThrownBy(() -> Restructurer.apply(t, transfer("P.A.X", "P.A", "2023-01-01"), -2L))
                .isInstanceOf(TimelineException.class)
                .extracting(e -> ((TimelineException) e).problem().messageKey())
                .isEqualTo("org.error.laterHistory");
    }
}
