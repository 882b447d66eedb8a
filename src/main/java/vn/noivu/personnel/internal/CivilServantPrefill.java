package vn.noivu.personnel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.reporting.PrefillSources;

/**
 * Pre-fills the reporting module's civil-servant form from the personnel records: every figure of
 * {@link CivilServantFigures} as {@code personnel.cbcc.<key>} (and {@code personnel.cbcc.<key>.women}).
 */
@Component
class CivilServantPrefill implements PrefillSources {

    static final String PREFIX = "personnel.cbcc.";

    private final CivilServantFigures figures;

    CivilServantPrefill(CivilServantFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        CivilServantFigures.INDICATORS.forEach(i -> {
            names.add(PREFIX + i.key());
            names.add(PREFIX + i.key() + ".women");
        });
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> valuesFor(String unitCode, LocalDate asOf) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        figures.of(unitCode, asOf).forEach((key, n) -> out.put(PREFIX + key, BigDecimal.valueOf(n)));
        return out;
    }
}
