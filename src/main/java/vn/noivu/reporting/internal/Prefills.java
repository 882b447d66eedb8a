package vn.noivu.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.noivu.reporting.PrefillSource;
import vn.noivu.reporting.PrefillSources;

/**
 * The figures NoiVu computes for a report's cells: every {@link PrefillSource} and {@link
 * PrefillSources} the modules contribute, by name. A group is asked once per report however many of
 * its names the form uses.
 */
@Component
public class Prefills {

    private final Map<String, PrefillSource> singles = new HashMap<>();
    private final Map<String, PrefillSources> groups = new HashMap<>();

    Prefills(List<PrefillSource> singles, List<PrefillSources> groups) {
        singles.forEach(s -> this.singles.put(s.name(), s));
        groups.forEach(g -> g.names().forEach(n -> this.groups.put(n, g)));
    }

    /** Every source name a form may use, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(singles.keySet());
        names.addAll(groups.keySet());
        return names;
    }

    public boolean knows(String name) {
        return singles.containsKey(name) || groups.containsKey(name);
    }

    /** A pre-filled cell: the figure, the source that computed it and the day it was computed for. */
    public record Prefilled(BigDecimal value, String source, LocalDate asOf) {}

    /** The form's pre-fillable cells for the unit as of {@code asOf} (cells whose source knows no figure are left out). */
    public Map<String, Prefilled> compute(FormDefinition form, String unitCode, LocalDate asOf) {
        Map<String, Prefilled> out = new LinkedHashMap<>();
        Map<PrefillSources, Map<String, BigDecimal>> asked = new HashMap<>();
        for (FormDefinition.Prefill p : form.prefill()) {
            Optional<BigDecimal> value;
            PrefillSources group = groups.get(p.source());
            if (group != null) {
                value = Optional.ofNullable(asked.computeIfAbsent(group, g -> g.valuesFor(unitCode, asOf))
                        .get(p.source()));
            } else if (singles.containsKey(p.source())) {
                value = singles.get(p.source()).valueFor(unitCode, asOf);
            } else {
                // A source that left the build after the form was imported: the cell is entered by hand.
                value = Optional.empty();
            }
            value.ifPresent(v -> out.put(p.cell(), new Prefilled(v, p.source(), asOf)));
        }
        return out;
    }
}
