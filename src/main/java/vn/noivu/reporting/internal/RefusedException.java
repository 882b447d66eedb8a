package vn.noivu.reporting.internal;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused for reasons that name places ({@link Problem}s): answered as an RFC 9457
 * ProblemDetail (422 by default) with an {@code errors} list, through the platform's error handling of
 * {@link ErrorResponseException}. Pages catch it and show the same list.
 */
public class RefusedException extends ErrorResponseException {

    private final transient List<Problem> problems;
    private final String detail;

    public RefusedException(HttpStatus status, String title, String detail, List<Problem> problems) {
        super(status, problem(status, title, detail, problems), null);
        this.problems = List.copyOf(problems);
        this.detail = detail;
    }

    public RefusedException(String title, String detail, List<Problem> problems) {
        this(HttpStatus.UNPROCESSABLE_CONTENT, title, detail, problems);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<Problem> problems) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        if (!problems.isEmpty()) {
            p.setProperty(
                    "errors",
                    problems.stream()
                            .map(x -> java.util.Map.of("field", x.path(), "message", x.message()))
                            .toList());
        }
        return p;
    }

    public List<Problem> problems() {
        return problems;
    }

    public String detail() {
        return detail;
    }
}
