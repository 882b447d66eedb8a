package vn.noivu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.NoiVuIntegrationTest;

/** What the API's error handler writes to the log when the database refuses a write. */
@NoiVuIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionHandlerIntegrationTests {

    @Autowired
    ApiExceptionHandler handler;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConstraintFailureIsLoggedByItsConstraintNotByTheFailingRow(CapturedOutput output) {
        // A relative with a side the CHECK constraint does not allow: the driver's message repeats
        // the whole row, name and address.
        DataIntegrityViolationException e = catchThrowableOfType(
                DataIntegrityViolationException.class, () -> jdbc.sql("""
                                INSERT INTO personnel.family_member (person_id, side, relation, full_name, address)
                                SELECT min(id), 'NEIGHBOUR', 'Bố', 'Bí Mật Người Thân', '12 Phố Riêng Tư'
                                FROM personnel.person""").update());
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("Bí Mật Người Thân"); // what must not reach the log
        int before = output.getOut().length();

        ProblemDetail problem = handler.refusedByDatabase(e);

        String logged = output.getOut().substring(before);
        assertThat(problem.getStatus()).isEqualTo(400); // a broken CHECK is bad input
        assertThat(problem.getDetail()).doesNotContain("Bí Mật");
        assertThat(logged).contains("family_member_side_check").doesNotContain("Bí Mật", "Riêng Tư");
    }
}
