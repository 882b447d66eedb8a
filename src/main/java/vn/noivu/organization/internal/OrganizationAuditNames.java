package vn.noivu.organization.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.noivu.platform.audit.AuditCodeNames;
import vn.noivu.platform.imports.CodeLabels;

/** A unit's type and a restructuring's kind in an audited change read by their names. */
@Component
class OrganizationAuditNames implements AuditCodeNames {

    private final MessageSource messages;

    OrganizationAuditNames(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, CodeLabels> byField() {
        Map<String, String> types = new LinkedHashMap<>();
        for (UnitType t : UnitType.values()) {
            types.put(t.name(), name("org.type." + t.name(), t.name()));
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (RestructuringKind k : RestructuringKind.values()) {
            kinds.put(k.name(), name("org.kind." + k.name(), k.name()));
        }
        return Map.of("type", CodeLabels.of(types), "kind", CodeLabels.of(kinds));
    }

    private String name(String key, String code) {
        return messages.getMessage(key, null, code, LocaleContextHolder.getLocale());
    }
}
