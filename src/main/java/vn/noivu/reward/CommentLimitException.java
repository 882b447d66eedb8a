package vn.noivu.reward;

/** A client sent more public comments than its allowance; answered with 429 and a message. */
public class CommentLimitException extends RuntimeException {

    public CommentLimitException() {
        super("reward.comment.tooMany");
    }
}
