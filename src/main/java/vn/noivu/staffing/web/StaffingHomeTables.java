package vn.noivu.staffing.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.HomeTable;
import vn.noivu.staffing.Staffing;

/**
 * The staffing figures of the annual review on the home page, in the user's scope: the reduction by
 * category since 2015 (NQ 39-NQ/TW's baseline) and since 2021 (KL 40-KL/TW's), up to the latest year
 * with quotas, and the targets with what has been achieved.
 */
@Component
class StaffingHomeTables implements HomeTable {

    static final List<Integer> BASELINES = List.of(2015, 2021);

    private final Staffing staffing;
    private final StaffingTables tables;

    StaffingHomeTables(Staffing staffing, StaffingTables tables) {
        this.staffing = staffing;
        this.tables = tables;
    }

    @Override
    public List<Shown> tables(UserScope scope) {
        int latest = staffing.latestYear();
        List<Shown> out = new ArrayList<>();
        for (int baseline : BASELINES) {
            if (baseline < latest && baseline >= staffing.earliestYear()) {
                out.add(new Shown(
                        "home-staffing-" + baseline,
                        tables.byCategory(null, baseline, latest),
                        "/staffing?baselineYear=" + baseline + "&year=" + latest));
            }
        }
        if (!staffing.targets().isEmpty()) {
            out.add(new Shown("home-staffing-targets", tables.targets(), "/staffing/targets"));
        }
        return out;
    }

    @Override
    public int order() {
        return 10;
    }
}
