package vn.noivu.personnel.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.NoiVuIntegrationTest;

/** The Java fold used by imports equals the database's platform.fold on every Vietnamese letter. */
@NoiVuIntegrationTest
class NameFoldIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_letter_of_the_vietnamese_alphabet_folds_as_the_database_folds_it() {
        List<String> letters = new ArrayList<>();
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        for (String base : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            for (String letter : List.of(base, base.toUpperCase())) {
                letters.add(letter);
                for (char tone : tones.toCharArray()) {
                    letters.add(Normalizer.normalize(letter + tone, Normalizer.Form.NFC));
                }
            }
        }
        for (char ch = 'a'; ch <= 'z'; ch++) {
            letters.add(String.valueOf(ch));
            letters.add(String.valueOf(Character.toUpperCase(ch)));
        }
        letters.addAll(List.of("đ", "Đ", " ", "-", "'"));
        assertThat(letters).hasSize(12 * 2 * 6 + 52 + 5);
        for (String letter : letters) {
            String expected = jdbc.sql("SELECT platform.fold(:s)")
                    .param("s", letter)
                    .query(String.class)
                    .single();
            assertThat(NameFold.fold(letter)).as("fold of %s", letter).isEqualTo(expected);
        }
        String name = "Nguyễn Thị Ánh Tuyết Đặng-Ơn Ưng Ỷ Quỳnh";
        assertThat(NameFold.fold(name)).isEqualTo("nguyen thi anh tuyet dang-on ung y quynh");
    }

    @Test
    void names_outside_the_vietnamese_alphabet_are_left_to_the_database() {
        assertThat(NameFold.fold("François")).isNull();
        assertThat(NameFold.fold("Nguyễn Văn A1")).isNull();
        assertThat(NameFold.fold("Lê Văn Tám")).isEqualTo("le van tam");
    }
}
