package vn.noivu.reward.internal;

/** One check of free text for every field of the module: present, not too long, no control bytes. */
final class Texts {

    private Texts() {}

    /** The message key that refuses the value, or null when it is acceptable. */
    static String refusal(String value, int max) {
        // A non-breaking space alone is as blank as a space (Java's isBlank does not think so).
        if (value == null || value.replace('\u00a0', ' ').isBlank()) {
            return "reward.field.required";
        }
        if (value.length() > max) {
            return "reward.field.tooLong";
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return "reward.field.control";
        }
        return null;
    }
}
