package vn.noivu.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.noivu.organization.OrgTypeChange;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.security.UserScope;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;

/**
 * The organisational apparatus: organisations in force at the end of the year per type, against the end
 * of each baseline year, exactly as the organisation module's changes page counts them (a scope is a
 * subtree of today's tree, so a merged province's history is inside the province it went into).
 */
@Component
class ApparatusSection implements ReviewSection {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Organizations organizations;
    private final MessageSource messages;

    ApparatusSection(Organizations organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    @Override
    public String key() {
        return SectionSlot.APPARATUS;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        List<ReviewFigure> out = new ArrayList<>();
        UserScope scope = s.national() ? UserScope.NATIONAL : new UserScope(s.code(), s.path());
        List<Integer> baselines =
                s.baselineYears().stream().filter(b -> b < s.year()).toList();
        if (baselines.isEmpty()) {
            return out;
        }
        // Every baseline in one scan of the organisation's versions.
        List<List<OrgTypeChange>> changes = organizations.changesByType(
                baselines.stream().map(ReviewScope::endOf).toList(), s.asOf(), scope);
        for (int i = 0; i < baselines.size(); i++) {
            int b = baselines.get(i);
            LocalDate from = ReviewScope.endOf(b);
            for (OrgTypeChange c : changes.get(i)) {
                String type = c.type() == null ? "TOTAL" : c.type();
                String label = c.type() == null
                        ? "Tổng số cơ quan, tổ chức"
                        : messages.getMessage("org.type." + c.type(), null, c.type(), VI);
                StringBuilder sentence = new StringBuilder(label)
                        .append(": ")
                        .append(Vn.number(c.after()))
                        .append(" cơ quan, tổ chức (")
                        .append(Vn.date(s.asOf()))
                        .append("), ")
                        .append(Vn.change(c.before(), c.after(), "cơ quan, tổ chức", "năm " + b));
                List<String> how = new ArrayList<>();
                if (c.merged() > 0) {
                    how.add("hợp nhất, sáp nhập " + Vn.number(c.merged()));
                }
                if (c.split() > 0) {
                    how.add("chia, tách " + Vn.number(c.split()));
                }
                if (c.dissolved() > 0) {
                    how.add("giải thể " + Vn.number(c.dissolved()));
                }
                if (c.created() > 0) {
                    how.add("thành lập mới " + Vn.number(c.created()));
                }
                if (!how.isEmpty()) {
                    sentence.append(" (").append(String.join("; ", how)).append(")");
                }
                sentence.append('.');
                out.add(ReviewFigure.of(
                        "apparatus." + type + "." + b,
                        label,
                        c.after(),
                        "cơ quan, tổ chức",
                        c.before(),
                        b,
                        Vn.reduction(c.before(), c.after()),
                        sentence.toString(),
                        "/organizations/changes?" + s.scopeParam() + "from=" + from + "&to=" + s.asOf(),
                        s.asOf()));
            }
        }
        return out;
    }
}
