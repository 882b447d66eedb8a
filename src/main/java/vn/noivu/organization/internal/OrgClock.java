package vn.noivu.organization.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in Vietnam: what "current" means for the materialised tree. */
public final class OrgClock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private OrgClock() {}

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
