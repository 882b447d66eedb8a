package vn.noivu.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeLabelsTests {

    private static CodeLabels catalogue() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("CIVIL_SERVANT", "Công chức");
        names.put("PUBLIC_EMPLOYEE", "Viên chức");
        names.put("01.003", "Chuyên viên");
        names.put("13.095", "Chuyên viên");
        return CodeLabels.of(names);
    }

    @Test
    void aCellMayHoldTheCodeOrTheNameWhateverItsCaseAndAccents() {
        CodeLabels labels = catalogue();
        assertThat(labels.code("CIVIL_SERVANT")).contains("CIVIL_SERVANT");
        assertThat(labels.code("civil_servant")).contains("CIVIL_SERVANT");
        assertThat(labels.code("Công chức")).contains("CIVIL_SERVANT");
        assertThat(labels.code("  CONG   CHUC ")).contains("CIVIL_SERVANT");
        assertThat(labels.code("viên chức")).contains("PUBLIC_EMPLOYEE");
    }

    @Test
    void aNameTwoCodesShareIsNotGuessedButNameWithCodeIs() {
        CodeLabels labels = catalogue();
        assertThat(labels.code("Chuyên viên")).isEmpty();
        assertThat(labels.code("Chuyên viên (13.095)")).contains("13.095");
        assertThat(labels.choice("13.095")).isEqualTo("Chuyên viên (13.095)");
        assertThat(labels.choice("CIVIL_SERVANT")).isEqualTo("Công chức");
    }

    @Test
    void aCellThatMeansNoCodeIsKeptAsWrittenForTheImportToRefuse() {
        CodeLabels labels = catalogue();
        assertThat(labels.resolve(" Hợp đồng ")).isEqualTo("Hợp đồng");
        assertThat(labels.resolve("")).isEmpty();
        assertThat(labels.name("NOPE")).isEqualTo("NOPE");
        assertThat(CodeLabels.fold("Đặc khu Phú Quốc")).isEqualTo("dac khu phu quoc");
    }
}
