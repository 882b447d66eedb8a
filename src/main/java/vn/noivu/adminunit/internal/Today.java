package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" where the units are: the default date of every as-of question. */
public final class Today {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {}

    public static LocalDate inVietnam() {
        return LocalDate.now(VIETNAM);
    }

    public static LocalDate orToday(LocalDate date) {
        return date != null ? date : inVietnam();
    }
}
