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

/** What the staffing pages share: category names in the reader's language, years, JSON. */
@Component
class StaffingWeb {

    private final Staffing staffing;
    private final JsonMapper json;

    StaffingWeb(Staffing staffing, JsonMapper json) {
        this.staffing = staffing;
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

    String json(Object value) {
        return json.writeValueAsString(value);
    }
}
