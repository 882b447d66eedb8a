package vn.noivu.staffing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingCategory;
import vn.noivu.staffing.StaffingScope;
import vn.noivu.staffing.internal.OrgDirectory;
import vn.noivu.staffing.internal.UnitLife;

/** What the staffing pages share: category names in the reader's language, years, scope choices, JSON. */
@Component
class StaffingWeb {

    /** A scope the user may pick. */
    record ScopeOption(String code, String name) {}

    private final Staffing staffing;
    private final OrgDirectory directory;
    private final JsonMapper json;

    StaffingWeb(Staffing staffing, OrgDirectory directory, JsonMapper json) {
        this.staffing = staffing;
        this.directory = directory;
        this.json = json;
    }

    Map<String, String> categoryNames() {
        boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> out = new LinkedHashMap<>();
        for (StaffingCategory c : staffing.categories()) {
            out.put(c.code(), en ? c.nameEn() : c.name());
        }
        return out;
    }

    List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        for (int y = staffing.latestYear(); y >= staffing.earliestYear(); y--) {
            out.add(y);
        }
        return out;
    }

    /** The scopes a user may choose from: their own, and the provinces and ministries inside it. */
    List<ScopeOption> scopeOptions(StaffingScope own, int year) {
        List<ScopeOption> out = new ArrayList<>();
        for (UnitLife u : directory.topLevel(java.time.LocalDate.of(year, 12, 31))) {
            if (own.includes(u.path()) && !u.path().equals(own.path())) {
                out.add(new ScopeOption(u.code(), u.name()));
            }
        }
        return out;
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }
}
