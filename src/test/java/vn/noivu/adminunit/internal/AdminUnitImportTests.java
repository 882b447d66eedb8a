package vn.noivu.adminunit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.TabularRow;

/** The import rules on an in-memory history: what each kind of file does to the timeline, and refuses. */
class AdminUnitImportTests {

    static final LocalDate SNAPSHOT = LocalDate.of(2021, 11, 1);
    static final String[] SNAPSHOT_HEADER = {"code", "name", "full_name", "level", "type", "parent_code"};
    static final String[] HISTORY_HEADER = {
        "effective_date",
        "change_type",
        "level",
        "code",
        "name_before",
        "name_after",
        "type_before",
        "type_after",
        "parent_before",
        "parent_after",
        "same_name_counterpart",
        "legal_basis_by_province"
    };
    static final String[] MAPPING_HEADER = {
        "old_code",
        "old_level",
        "new_code",
        "new_level",
        "old_name",
        "new_name",
        "new_province_code",
        "relation",
        "split_count",
        "legal_basis"
    };

    Timeline timeline;
    ImportErrors errors;

    @BeforeEach
    void aSmallProvince() {
        timeline = new Timeline();
        snapshot(
                SNAPSHOT,
                List.of(
                        row("01", "Hà Nội", "Thành phố Hà Nội", "province", "Thành phố Trung ương", ""),
                        row("001", "Ba Đình", "Quận Ba Đình", "district", "Quận", "01"),
                        row("002", "Hoàn Kiếm", "Quận Hoàn Kiếm", "district", "Quận", "01"),
                        row("00001", "Phúc Xá", "Phường Phúc Xá", "commune", "Phường", "001"),
                        row("00004", "Trúc Bạch", "Phường Trúc Bạch", "commune", "Phường", "001"),
                        row("00006", "Vĩnh Phúc", "Phường Vĩnh Phúc", "commune", "Phường", "001"),
                        row("00037", "Phúc Tân", "Phường Phúc Tân", "commune", "Phường", "002")));
        assertThat(errors.list()).isEmpty();
    }

    @Test
    void aSnapshotOnAnEmptyHistoryBecomesTheFirstKnownState() {
        assertThat(timeline.horizon()).isEqualTo(SNAPSHOT);
        assertThat(timeline.at("00001", SNAPSHOT).state.fullName()).isEqualTo("Phường Phúc Xá");
        assertThat(timeline.at("00001", SNAPSHOT.minusDays(1))).isNull();
        assertThat(timeline.changes()).isEmpty();
    }

    @Test
    void aBadSnapshotIsRefusedWithRowColumnAndReason() {
        Timeline empty = new Timeline();
        timeline = empty;
        snapshot(
                SNAPSHOT,
                List.of(
                        row("01", "Hà Nội", "Thành phố Hà Nội", "province", "Thành phố Trung ương", ""),
                        row("001", "Ba Đình", "Quận Ba Đình", "district", "Quận", "09"),
                        row("01", "Hà Nội", "Thành phố Hà Nội", "province", "Thành phố Trung ương", ""),
                        row("002", "Hoàn Kiếm", "Quận Hoàn Kiếm", "district", "Khu phố", "01"),
                        row("0003", "Tây Hồ", "Quận Tây Hồ", "district", "Quận", "01"),
                        row("004", "", "Quận Long Biên", "district", "Quận", "01")));
        assertThat(errors.list())
                .extracting(ImportError::row, ImportError::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "parent_code"),
                        org.assertj.core.groups.Tuple.tuple(4, "code"),
                        org.assertj.core.groups.Tuple.tuple(5, "type"),
                        org.assertj.core.groups.Tuple.tuple(6, "code"),
                        org.assertj.core.groups.Tuple.tuple(7, "name"));
        assertThat(message(3)).contains("09");
        assertThat(message(4)).contains("trùng");
        assertThat(message(5)).contains("Khu phố");
        assertThat(message(7)).contains("trống");
    }

    @Test
    void aLaterSnapshotRecordsOnlyWhatDiffers() {
        LocalDate d = LocalDate.of(2023, 1, 1);
        snapshot(
                d,
                List.of(
                        row("01", "Hà Nội", "Thành phố Hà Nội", "province", "Thành phố Trung ương", ""),
                        row("001", "Ba Đình", "Quận Ba Đình", "district", "Quận", "01"),
                        row("002", "Hoàn Kiếm", "Quận Hoàn Kiếm", "district", "Quận", "01"),
                        row("00001", "Phúc Xá Mới", "Phường Phúc Xá Mới", "commune", "Phường", "001"),
                        row("00004", "Trúc Bạch", "Phường Trúc Bạch", "commune", "Phường", "001"),
                        row("00037", "Phúc Tân", "Phường Phúc Tân", "commune", "Phường", "002"),
                        row("00038", "Chương Dương", "Phường Chương Dương", "commune", "Phường", "002")));
        assertThat(errors.list()).isEmpty();
        assertThat(kindsOn(d))
                .containsEntry("00001", List.of("RENAME"))
                .containsEntry("00006", List.of("DISSOLVE"))
                .containsEntry("00038", List.of("ESTABLISH"))
                .hasSize(3);
        assertThat(timeline.at("00001", d).unit).isSameAs(timeline.at("00001", SNAPSHOT).unit);
    }

    @Test
    void historyExtendsForwardsAndTheSameFileTwiceChangesNothing() {
        List<TabularRow> rows = List.of(
                history(
                        "2022-04-10",
                        "renamed",
                        "commune",
                        "00001",
                        "Phường Phúc Xá",
                        "Phường Phúc Xá Mới",
                        "Phường",
                        "Phường",
                        "001",
                        "001",
                        "",
                        "469/NQ-UBTVQH15"),
                history(
                        "2022-04-10",
                        "removed",
                        "commune",
                        "00006",
                        "Phường Vĩnh Phúc",
                        "",
                        "Phường",
                        "",
                        "001",
                        "",
                        "",
                        ""),
                history(
                        "2022-04-10",
                        "added",
                        "commune",
                        "00007",
                        "",
                        "Phường Vĩnh Phúc",
                        "",
                        "Phường",
                        "",
                        "001",
                        "00006",
                        ""),
                history(
                        "2023-01-01",
                        "reparented",
                        "commune",
                        "00004",
                        "Phường Trúc Bạch",
                        "Phường Trúc Bạch",
                        "Phường",
                        "Phường",
                        "001",
                        "002",
                        "",
                        ""));
        history(rows);
        assertThat(errors.list()).isEmpty();
        LocalDate d = LocalDate.of(2022, 4, 10);
        assertThat(timeline.at("00001", d.minusDays(1)).state.name()).isEqualTo("Phúc Xá");
        assertThat(timeline.at("00001", d).state.name()).isEqualTo("Phúc Xá Mới");
        assertThat(timeline.at("00006", d)).isNull();
        assertThat(timeline.at("00004", LocalDate.of(2023, 1, 1)).state.parentCode())
                .isEqualTo("002");
        assertThat(timeline.changes()).hasSize(4);
        assertThat(timeline.changes().get(0).legalBasis()).isEqualTo("469/NQ-UBTVQH15");
        // The re-coded ward continues its same-name counterpart in the lineage.
        assertThat(timeline.edges()).singleElement().satisfies(e -> {
            assertThat(e.predecessor()).isSameAs(timeline.at("00006", d.minusDays(1)).unit);
            assertThat(e.successor()).isSameAs(timeline.at("00007", d).unit);
        });

        history(rows);
        assertThat(errors.list()).isEmpty();
        assertThat(timeline.changes()).hasSize(4);
        assertThat(timeline.edges()).hasSize(1);
    }

    @Test
    void historyWhoseBeforeContradictsTheHeldStateIsRefused() {
        history(List.of(history(
                "2022-04-10",
                "renamed",
                "commune",
                "00001",
                "Phường Phúc Xá Cũ",
                "Phường Phúc Xá 2",
                "Phường",
                "Phường",
                "001",
                "001",
                "",
                "")));
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("name_before");
            assertThat(e.message()).contains("Phường Phúc Xá").contains("mâu thuẫn");
        });
    }

    @Test
    void addingACodeHeldByAnotherUnitIsAnOverlappingValidity() {
        history(List.of(
                history("2022-04-10", "added", "commune", "00004", "", "Phường Mới", "", "Phường", "", "001", "", "")));
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("code");
            assertThat(e.message()).contains("Trùng thời gian hiệu lực").contains("Phường Trúc Bạch");
        });
    }

    @Test
    void removingADistrictThatStillHasCommunesIsRefused() {
        history(List.of(history(
                "2022-04-10", "removed", "district", "002", "Quận Hoàn Kiếm", "", "Quận", "", "01", "", "", "")));
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.message()).contains("00037");
        });
    }

    @Test
    void aChangeAndItsSameDayCorrectionCancelOut() {
        history(List.of(
                history(
                        "2022-04-10",
                        "renamed",
                        "district",
                        "002",
                        "Quận Hoàn Kiếm",
                        "Quận Hoàn Kiếm Mới",
                        "Quận",
                        "Quận",
                        "01",
                        "01",
                        "",
                        ""),
                history(
                        "2022-04-10",
                        "correction:renamed",
                        "district",
                        "002",
                        "Quận Hoàn Kiếm Mới",
                        "Quận Hoàn Kiếm",
                        "Quận",
                        "Quận",
                        "01",
                        "01",
                        "",
                        "")));
        assertThat(errors.list()).isEmpty();
        assertThat(timeline.changes()).isEmpty();
        assertThat(timeline.withCode("002")).hasSize(1);
    }

    @Test
    void anOlderChangeListExtendsHistoryBackwards() {
        history(List.of(
                history(
                        "2020-01-01",
                        "renamed",
                        "commune",
                        "00001",
                        "Xã Phúc Xá",
                        "Phường Phúc Xá",
                        "Xã",
                        "Phường",
                        "001",
                        "001",
                        "",
                        "835/NQ-UBTVQH14"),
                history(
                        "2020-01-01",
                        "removed",
                        "commune",
                        "00002",
                        "Phường Hàng Bè",
                        "",
                        "Phường",
                        "",
                        "001",
                        "",
                        "",
                        ""),
                history(
                        "2019-07-01",
                        "added",
                        "commune",
                        "00006",
                        "",
                        "Phường Vĩnh Phúc",
                        "",
                        "Phường",
                        "",
                        "001",
                        "",
                        "")));
        assertThat(errors.list()).isEmpty();
        LocalDate start = LocalDate.of(2019, 6, 30);
        assertThat(timeline.horizon()).isEqualTo(start);
        // On 31/12/2019 Phúc Xá was a xã, Hàng Bè still existed, Vĩnh Phúc too (since 01/07/2019).
        LocalDate end2019 = LocalDate.of(2019, 12, 31);
        assertThat(timeline.at("00001", end2019).state.type()).isEqualTo("Xã");
        assertThat(timeline.at("00001", end2019).state.name()).isEqualTo("Phúc Xá");
        assertThat(timeline.at("00001", end2019).unit).isSameAs(timeline.at("00001", SNAPSHOT).unit);
        assertThat(timeline.at("00002", end2019).state.fullName()).isEqualTo("Phường Hàng Bè");
        assertThat(timeline.at("00002", LocalDate.of(2020, 1, 1))).isNull();
        assertThat(timeline.at("00006", end2019)).isNotNull();
        assertThat(timeline.at("00006", start)).isNull();
        // Units untouched by the list reach back to its start; the 2021 state is unchanged.
        assertThat(timeline.at("00037", start).to).isNull();
        assertThat(timeline.at("01", start)).isNotNull();
        assertThat(timeline.at("00001", SNAPSHOT).state.type()).isEqualTo("Phường");
        assertThat(kindsOn(LocalDate.of(2020, 1, 1)))
                .containsEntry("00001", List.of("RETYPE"))
                .containsEntry("00002", List.of("DISSOLVE"));
    }

    @Test
    void aMappingMergesSplitsContinuesAndEndsEmptiedDistricts() {
        LocalDate reform = LocalDate.of(2025, 7, 1);
        mapping(
                reform,
                List.of(
                        mapping(
                                "01",
                                "province",
                                "01",
                                "province",
                                "Thành phố Hà Nội",
                                "Thành phố Hà Nội",
                                "",
                                "full",
                                "1",
                                "202/2025/QH15"),
                        mapping(
                                "00001",
                                "commune",
                                "00004",
                                "commune",
                                "Phường Phúc Xá",
                                "Phường Ba Đình",
                                "01",
                                "full",
                                "1",
                                "1656/NQ-UBTVQH15"),
                        mapping(
                                "00004",
                                "commune",
                                "00004",
                                "commune",
                                "Phường Trúc Bạch",
                                "Phường Ba Đình",
                                "01",
                                "full",
                                "1",
                                "1656/NQ-UBTVQH15"),
                        mapping(
                                "00006",
                                "commune",
                                "00004",
                                "commune",
                                "Phường Vĩnh Phúc",
                                "Phường Ba Đình",
                                "01",
                                "partial",
                                "2",
                                "1656/NQ-UBTVQH15"),
                        mapping(
                                "00006",
                                "commune",
                                "00008",
                                "commune",
                                "Phường Vĩnh Phúc",
                                "Phường Ngọc Hà",
                                "01",
                                "partial",
                                "2",
                                "1656/NQ-UBTVQH15"),
                        mapping(
                                "00037",
                                "commune",
                                "00037",
                                "commune",
                                "Phường Phúc Tân",
                                "Phường Hoàn Kiếm",
                                "01",
                                "full",
                                "1",
                                "1656/NQ-UBTVQH15")));
        assertThat(errors.list()).isEmpty();
        Timeline.Version baDinh = timeline.at("00004", reform);
        assertThat(baDinh.unit).isNotSameAs(timeline.at("00004", reform.minusDays(1)).unit);
        assertThat(baDinh.state.parentCode()).isEqualTo("01");
        assertThat(timeline.edges().stream().filter(e -> e.successor() == baDinh.unit))
                .extracting(Timeline.Edge::relation)
                .containsExactlyInAnyOrder("full", "full", "partial");
        assertThat(timeline.edges().stream()
                        .filter(e -> e.predecessor() == timeline.at("00006", reform.minusDays(1)).unit))
                .hasSize(2);
        // Phúc Tân went wholly and alone into Hoàn Kiếm: the same unit, renamed and moved.
        assertThat(timeline.at("00037", reform).unit).isSameAs(timeline.at("00037", reform.minusDays(1)).unit);
        Map<String, List<String>> kinds = kindsOn(reform);
        assertThat(kinds.get("00004")).containsExactly("MERGE", "SPLIT");
        assertThat(kinds.get("00008")).containsExactly("SPLIT");
        assertThat(kinds.get("00037")).containsExactly("RENAME", "MOVE");
        // Both districts lost all their wards: they end, citing the decision that moved them.
        assertThat(kinds.get("001")).containsExactly("DISSOLVE");
        assertThat(kinds.get("002")).containsExactly("DISSOLVE");
        assertThat(timeline.changes().stream()
                        .filter(c -> c.before() != null && c.before().code().equals("001")))
                .singleElement()
                .satisfies(c -> assertThat(c.legalBasis()).isEqualTo("1656/NQ-UBTVQH15"));
        assertThat(timeline.at("01", reform).unit).isSameAs(timeline.at("01", SNAPSHOT).unit);
        assertThat(kinds).doesNotContainKey("01");

        int changes = timeline.changes().size();
        mapping(
                reform,
                List.of(mapping(
                        "00037",
                        "commune",
                        "00037",
                        "commune",
                        "Phường Phúc Tân",
                        "Phường Hoàn Kiếm",
                        "01",
                        "full",
                        "1",
                        "1656/NQ-UBTVQH15")));
        assertThat(errors.list()).isEmpty();
        assertThat(timeline.changes()).hasSize(changes);
    }

    @Test
    void aMappingFromAnUnknownUnitOrWithInconsistentSplitsIsRefused() {
        LocalDate reform = LocalDate.of(2025, 7, 1);
        mapping(
                reform,
                List.of(
                        mapping("00099", "commune", "00004", "commune", "", "Phường Ba Đình", "01", "full", "1", ""),
                        mapping("00006", "commune", "00004", "commune", "", "Phường Ba Đình", "01", "partial", "3", ""),
                        mapping("00006", "commune", "00008", "commune", "", "Phường Ngọc Hà", "01", "partial", "3", ""),
                        mapping(
                                "00001",
                                "commune",
                                "00004",
                                "commune",
                                "",
                                "Phường Ba Đình Mới",
                                "01",
                                "full",
                                "1",
                                "")));
        assertThat(errors.list())
                .extracting(ImportError::row, ImportError::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(5, "new_name"),
                        org.assertj.core.groups.Tuple.tuple(3, "split_count"));
        assertThat(message(3)).contains("3 phần").contains("2 dòng");
        errors = errors();
        new MappingImport(timeline, errors, reform, null)
                .run(numbered(List.of(
                        mapping("00099", "commune", "00004", "commune", "", "Phường Ba Đình", "01", "full", "1", ""))));
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("old_code");
            assertThat(e.message()).contains("00099");
        });
    }

    // ---- helpers

    private void snapshot(LocalDate date, List<TabularRow> rows) {
        errors = errors();
        new SnapshotImport(timeline, errors, date, null).run(numbered(rows));
    }

    private void history(List<TabularRow> rows) {
        errors = errors();
        new HistoryImport(timeline, errors, null, null).run(numbered(rows));
    }

    private void mapping(LocalDate date, List<TabularRow> rows) {
        errors = errors();
        new MappingImport(timeline, errors, date, null).run(numbered(rows));
    }

    private Map<String, List<String>> kindsOn(LocalDate date) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (Timeline.Change c : timeline.changes()) {
            if (c.date().equals(date)) {
                kinds.put((c.after() != null ? c.after() : c.before()).code(), c.kinds());
            }
        }
        return kinds;
    }

    private String message(int row) {
        return errors.list().stream()
                .filter(e -> e.row() == row)
                .findFirst()
                .orElseThrow()
                .message();
    }

    private static ImportErrors errors() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/adminunit/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ImportErrors(messages, Locale.forLanguageTag("vi"));
    }

    private static TabularRow row(String... values) {
        return tabular(SNAPSHOT_HEADER, values);
    }

    private static TabularRow history(String... values) {
        return tabular(HISTORY_HEADER, values);
    }

    private static TabularRow mapping(String... values) {
        return tabular(MAPPING_HEADER, values);
    }

    /** Rows numbered as a spreadsheet shows them: the header is row 1. */
    private static List<TabularRow> numbered(List<TabularRow> rows) {
        List<TabularRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new TabularRow(i + 2, rows.get(i).values()));
        }
        return out;
    }

    private static TabularRow tabular(String[] header, String[] values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            map.put(header[i], values[i]);
        }
        return new TabularRow(0, map);
    }
}
