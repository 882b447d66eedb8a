package vn.noivu.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.noivu.reporting.ReportingForms;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;

/**
 * Reporting discipline (chấp hành chế độ báo cáo): for every form and period of the year whose deadline
 * has passed, the reports the scope's units were expected to send, sent on time, late and missing, as
 * the reporting module's completeness counts them; and the year's total with the share sent on time.
 */
@Component
class ReportingSection implements ReviewSection {

    private final ReportingForms forms;

    ReportingSection(ReportingForms forms) {
        this.forms = forms;
    }

    @Override
    public String key() {
        return SectionSlot.REPORTING;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        List<ReportingForms.Timeliness> lines = forms.timelinessOfYear(s.code(), s.year(), LocalDate.now());
        if (lines.stream().allMatch(l -> l.submitted() == 0)) {
            // No report of the year was sent in the scope: NoiVu holds no reporting for it.
            return List.of();
        }
        List<ReviewFigure> out = new ArrayList<>();
        int expected = 0;
        int onTime = 0;
        int late = 0;
        int missing = 0;
        for (ReportingForms.Timeliness l : lines) {
            expected += l.expected();
            onTime += l.onTime();
            late += l.late();
            missing += l.missing();
            out.add(ReviewFigure.of(
                    "reporting." + l.form() + "." + l.period(),
                    l.title() + " (kỳ " + l.period() + ")",
                    l.onTime(),
                    "báo cáo",
                    null,
                    null,
                    null,
                    "Biểu " + l.form() + " — " + l.title() + ", kỳ " + l.period() + ": " + Vn.number(l.expected())
                            + " báo cáo phải gửi; đúng hạn " + Vn.number(l.onTime()) + ", muộn " + Vn.number(l.late())
                            + ", chưa gửi " + Vn.number(l.missing()) + ".",
                    "/reporting/forms/" + URLEncoder.encode(l.form(), StandardCharsets.UTF_8) + "?" + s.scopeParam()
                            + "period=" + l.period(),
                    s.asOf()));
        }
        BigDecimal share = expected == 0
                ? null
                : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
        out.add(
                0,
                ReviewFigure.of(
                        "reporting.TOTAL",
                        "Báo cáo gửi đúng hạn",
                        onTime,
                        "báo cáo",
                        null,
                        null,
                        null,
                        "Chế độ báo cáo năm " + s.year() + ": " + Vn.number(expected) + " báo cáo phải gửi theo "
                                + Vn.number(lines.size()) + " biểu, kỳ báo cáo; gửi đúng hạn " + Vn.number(onTime)
                                + (share == null ? "" : " (" + Vn.percent(share) + ")") + ", gửi muộn "
                                + Vn.number(late)
                                + ", chưa gửi " + Vn.number(missing) + ".",
                        "/reporting",
                        s.asOf()));
        return out;
    }
}
