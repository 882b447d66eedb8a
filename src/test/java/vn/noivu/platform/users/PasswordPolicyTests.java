package vn.noivu.platform.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    private String problem(String password) {
        return policy.problem(password, "hanoi.editor", "Nguyễn Văn An", "the-current-one")
                .orElse(null);
    }

    @Test
    void whatTheProbeGotAcceptedIsRefused() {
        assertThat(problem("        ")).isEqualTo("user.password.size");
        assertThat(problem("          ")).isEqualTo("user.password.repetitive");
        assertThat(problem("12345678")).isEqualTo("user.password.size");
        assertThat(problem("aaaaaaaaaa")).isEqualTo("user.password.repetitive");
        assertThat(problem("Hanoi.Editor")).isEqualTo("user.password.username");
        assertThat(problem("the-current-one")).isEqualTo("user.password.unchanged");
        assertThat(problem("x".repeat(36) + "ệ".repeat(13))).isEqualTo("user.password.tooLong");
        assertThat(problem("y".repeat(65))).isEqualTo("user.password.tooLong");
    }

    @Test
    void commonPasswordsAndTheFullNameAreRefusedWhateverTheirCase() {
        assertThat(problem("MatKhau123")).isEqualTo("user.password.common");
        assertThat(problem("1234567890")).isEqualTo("user.password.common");
        assertThat(problem("qwertyuiop")).isEqualTo("user.password.common");
        assertThat(problem("nguyen van an")).isEqualTo("user.password.fullName");
    }

    @Test
    void aLongPassphraseInVietnameseIsAccepted() {
        assertThat(problem("ba con mèo trèo cây cau")).isNull();
        assertThat(problem("correct-horse-battery")).isNull();
    }
}
