package vn.noivu.reform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.CriterionKind;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.Method;

class MethodFileTests {

    static final Method METHOD = new Method(
            1,
            2022,
            EvaluatedSet.DEPARTMENTS,
            "01",
            new BigDecimal("92.50"),
            new BigDecimal("80.00"),
            LocalDate.of(2023, 1, 15),
            List.of(
                    new Criterion(
                            "L1", null, "Chỉ đạo, điều hành", new BigDecimal("50.00"), CriterionKind.SELF_ASSESSED),
                    new Criterion("L1.1", "L1", "=Kế hoạch", new BigDecimal("50.00"), CriterionKind.APPRAISED)));

    @Test
    void anExportedMethodReadsBackAsTheRowsOfItsImportFileInXlsxAndCsv() throws Exception {
        for (boolean xlsx : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (xlsx) {
                new ReformExports()
                        .write("method", null, ReformExports.METHOD_COLUMNS, ReformExports.methodRows(METHOD), out);
            } else {
                new ReformExports().methodCsv(METHOD, out);
            }
            TabularFile file = TabularFile.read(xlsx ? "m.xlsx" : "m.csv", new ByteArrayInputStream(out.toByteArray()));
            assertThat(file.headers()).containsExactlyElementsOf(ReformExports.METHOD_COLUMNS);
            var row = file.rows().get(1);
            assertThat(row.get("year")).as(xlsx + " " + row.values()).isEqualTo("2022");
            assertThat(row.get("province_code")).isEqualTo("01");
            assertThat(row.get("parent_code")).isEqualTo("L1");
            assertThat(new BigDecimal(row.get("max_points").replace(',', '.'))).isEqualByComparingTo("50");
            assertThat(new BigDecimal(row.get("group_a_min").replace(',', '.'))).isEqualByComparingTo("92.5");
            assertThat(row.get("deadline")).isEqualTo("15/01/2023");
            assertThat(file.rows().get(0).get("parent_code")).isEmpty();
        }
    }
}
