package vn.noivu.platform.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of NIST SP 800-63B (docs/decisions/007-role-matrix.md): at least {@value
 * #MIN_LENGTH} characters, at most {@value #MAX_LENGTH} and at most {@value #MAX_BYTES} bytes in UTF-8
 * (bcrypt reads no further, so a longer password would be cut silently), not on the shipped list of
 * common passwords, not the username or the full name, not one character repeated, and not the
 * current password. No rules about character classes: length and the list matter, composition rules
 * only make passwords harder to remember.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("platform/common-passwords.txt");
    }

    /**
     * The message key of the first rule {@code password} breaks, or empty when it may be used.
     * {@code current} is the password it replaces (null when there is none, as for a new account).
     */
    public Optional<String> problem(String password, String username, String fullName, String current) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("user.password.size");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("user.password.tooLong");
        }
        if (password.isBlank() || password.codePoints().distinct().count() == 1) {
            return Optional.of("user.password.repetitive");
        }
        String folded = fold(password);
        if (common.contains(password.toLowerCase(Locale.ROOT)) || common.contains(folded)) {
            return Optional.of("user.password.common");
        }
        if (username != null && !username.isBlank() && folded.contains(fold(username))) {
            return Optional.of("user.password.username");
        }
        String name = fullName == null ? "" : fold(fullName);
        if (!name.isEmpty() && (folded.equals(name) || (name.length() >= 4 && folded.contains(name)))) {
            return Optional.of("user.password.fullName");
        }
        if (current != null && password.equals(current)) {
            return Optional.of("user.password.unchanged");
        }
        return Optional.empty();
    }

    /** Lower case, without diacritics, spaces or punctuation between words: "Nguyễn Văn A" → "nguyenvana". */
    static String fold(String s) {
        String plain = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]", "");
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords " + resource + " is unreadable", e);
        }
        return Set.copyOf(words);
    }
}
