package vn.noivu.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.platform.security.CurrentUser;

/** The pickers' JSON: {@code GET /lookup/rank?q=chuyen vien} → {@code [{"code":"01.003","label":"Chuyên viên (01.003)"}]}. */
@RestController
class LookupController {

    private static final int LIMIT = 20;

    private final Map<String, Lookup> lookups;

    LookupController(List<Lookup> lookups) {
        this.lookups = lookups.stream().collect(Collectors.toMap(Lookup::kind, Function.identity()));
    }

    @GetMapping(value = "/lookup/{kind}", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Lookup.Option> search(@PathVariable String kind, @RequestParam(defaultValue = "") String q) {
        Lookup lookup = lookups.get(kind);
        if (lookup == null) {
            throw new NotFoundException("lookup", kind);
        }
        String query = q.length() > 100 ? q.substring(0, 100) : q.strip();
        return lookup.search(query, CurrentUser.scope(), LIMIT);
    }
}
