package vn.noivu.organization.internal;

/** An operation on a {@link Timeline} that cannot be done; carries the reason. */
public class TimelineException extends RuntimeException {

    private final transient Problem problem;

    public TimelineException(Problem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
