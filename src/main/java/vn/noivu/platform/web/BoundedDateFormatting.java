package vn.noivu.platform.web;

import java.text.ParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Date parameters ({@code ?asOf=}, {@code ?from=}) with a four-digit year: {@code +999999999-12-31}
 * parses in Java but no query is made for it, so it is refused as a bad parameter (400 naming it)
 * rather than failing deep in the database.
 */
@Configuration(proxyBeanMethods = false)
class BoundedDateFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // Registered after Spring's own factory for @DateTimeFormat, so it is the one used.
        registry.addFormatterForFieldAnnotation(new Jsr310DateTimeFormatAnnotationFormatterFactory() {
            @Override
            public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
                Parser<?> parser = super.getParser(annotation, fieldType);
                return (text, locale) -> {
                    Object value = parser.parse(text, locale);
                    if (value instanceof TemporalAccessor t
                            && t.isSupported(ChronoField.YEAR)
                            && (t.get(ChronoField.YEAR) < 1 || t.get(ChronoField.YEAR) > 9999)) {
                        throw new ParseException("year outside 0001-9999: " + text, 0);
                    }
                    return value;
                };
            }
        });
    }
}
