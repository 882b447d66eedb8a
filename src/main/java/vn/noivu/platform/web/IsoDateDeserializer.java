package vn.noivu.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Dates in API requests: ISO {@code yyyy-MM-dd} with a four-digit year. Java reads {@code
 * +999999999-12-31} as a date, which no column, report or rule is made for; here it is a bad value,
 * answered 400 with the field named ({@link ApiExceptionHandler}). The range a decision may carry is
 * checked by the rules that own it ({@code DecisionDates}).
 */
@JacksonComponent
class IsoDateDeserializer extends ValueDeserializer<LocalDate> {

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw ctxt.weirdStringException(text, LocalDate.class, "year outside 0001-9999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ctxt.weirdStringException(text, LocalDate.class, "not a date yyyy-MM-dd");
        }
    }
}
