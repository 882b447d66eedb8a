package vn.noivu.reward.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.noivu.platform.audit.AuditCodeNames;
import vn.noivu.platform.imports.CodeLabels;

/** A title or form of commendation, its family and a scope of recognition read by their names. */
@Component
class RewardAuditNames implements AuditCodeNames {

    private final RewardImportTemplates labels;
    private final MessageSource messages;

    RewardAuditNames(RewardImportTemplates labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public Map<String, CodeLabels> byField() {
        CodeLabels titles = labels.titles();
        Map<String, String> families = new LinkedHashMap<>();
        for (String f : List.of("TITLE", "CERTIFICATE", "ORDER", "MEDAL", "STATE_HONOUR")) {
            families.put(f, messages.getMessage("reward.family." + f, null, f, LocaleContextHolder.getLocale()));
        }
        return Map.of(
                "title", titles, "titleCode", titles, "family", CodeLabels.of(families), "scope", labels.scopes());
    }
}
