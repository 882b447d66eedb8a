package vn.noivu.staffing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.noivu.platform.web.Formats;

class StaffingPercentTests {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anIncreaseIsShownAsAnIncreaseNotANegativeReduction() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/exports/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        StaffingPercent percent = new StaffingPercent(new Formats(), messages);
        assertThat(percent.text(new BigDecimal("-734.13"))).isEqualTo("tăng 734,13 %");
        assertThat(percent.text(new BigDecimal("6.44"))).isEqualTo("6,44");
        assertThat(percent.text(null)).isEqualTo("—");
    }
}
