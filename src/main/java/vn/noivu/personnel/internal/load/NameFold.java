package vn.noivu.personnel.internal.load;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The folded form of a Vietnamese name (lower case, no diacritics, đ → d), computed in Java so that a
 * national import does not call the database's {@code platform.fold} (unaccent) once per distinct
 * name. It answers only for names written in the Vietnamese alphabet, where it is proven equal to
 * {@code platform.fold} letter by letter (NameFoldIntegrationTests); any other name is left to the
 * database ({@code null}).
 */
final class NameFold {

    private NameFold() {}

    static String fold(String name) {
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch >= 0x80) {
                b = new StringBuilder(name.length());
                break;
            }
            if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == ' ' || ch == '-' || ch == '\'')) {
                return null;
            }
        }
        if (b == null) {
            return name.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (ch == 'đ' || ch == 'Đ') {
                b.append('d');
            } else if (ch >= 'a' && ch <= 'z' || ch == ' ' || ch == '-' || ch == '\'') {
                b.append(ch);
            } else if (ch >= 'A' && ch <= 'Z') {
                b.append((char) (ch + ('a' - 'A')));
            } else if (!isVietnameseMark(ch)) {
                return null;
            }
        }
        return b.toString();
    }

    /** The combining marks of Vietnamese letters: the five tones, breve, circumflex and horn. */
    private static boolean isVietnameseMark(char ch) {
        return ch == '\u0300' // huyền
                || ch == '\u0301' // sắc
                || ch == '\u0303' // ngã
                || ch == '\u0309' // hỏi
                || ch == '\u0323' // nặng
                || ch == '\u0306' // ă
                || ch == '\u0302' // â, ê, ô
                || ch == '\u031B'; // ơ, ư
    }
}
