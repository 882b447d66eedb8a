package vn.noivu.platform.web;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.noivu.platform.imports.ImportRefusedException;

/**
 * API errors as RFC 9457 ProblemDetail. Validation errors name each field; business rules answer 422
 * in the caller's language; anything unexpected is logged and answered with a generic message, never
 * the exception's own text.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        problem.setTitle("Business rule");
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", problem.getDetail())));
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<Object> importRefused(ImportRefusedException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            answer.header(org.springframework.http.HttpHeaders.RETRY_AFTER, "30");
        }
        return answer.body(e.result());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Invalid value for parameter '" + e.getName() + "'");
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "invalid value")));
        return problem;
    }

    /**
     * A write the database refused. A required value left out or a CHECK broken is bad input: 400
     * naming the field (or the rule). A duplicate key or a missing reference is a conflict with the
     * data already stored (or a race between two writes): 409. The driver's message repeats the
     * failing row ("Failing row contains (…)": a relative's name and address, an ID number), so the log
     * names the constraint and the place in our code, never the row.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail refusedByDatabase(org.springframework.dao.DataIntegrityViolationException e) {
        org.postgresql.util.ServerErrorMessage server = null;
        for (Throwable t = e; t != null && server == null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException p) {
                server = p.getServerErrorMessage();
            }
        }
        // Where in our code: the first frame of the application, not of the driver or of Spring.
        StackTraceElement where = java.util.Arrays.stream(e.getStackTrace())
                .filter(f -> f.getClassName().startsWith("vn.noivu."))
                .findFirst()
                .orElse(null);
        String state = server == null ? null : server.getSQLState();
        log.warn(
                "A write broke constraint {} of {}.{} (column {}, SQL state {}) at {}",
                server == null ? "?" : server.getConstraint(),
                server == null ? "?" : server.getSchema(),
                server == null ? "?" : server.getTable(),
                server == null ? "?" : server.getColumn(),
                state,
                where);
        if ("23505".equals(state) || "23503".equals(state)) {
            return ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, "The change conflicts with the data already stored; nothing was written.");
        }
        String field = server == null
                ? "request"
                : server.getColumn() != null
                        ? camelCase(server.getColumn())
                        : server.getConstraint() != null ? server.getConstraint() : "request";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Missing or invalid value for '" + field + "'");
        setInvalidField(problem, field);
        return problem;
    }

    /** The field a client must correct, in the same shape as a validation error's. */
    private void setInvalidField(ProblemDetail problem, String field) {
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field",
                        field,
                        "message",
                        messages.getMessage(
                                "api.invalidValue", null, "invalid value", LocaleContextHolder.getLocale()))));
    }

    private static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this, or not in this scope");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in an API call", e);
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex,
            org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status,
            org.springframework.web.context.request.WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Validation failed");
        problem.setProperty(
                "errors",
                ex.getBindingResult().getFieldErrors().stream()
                        .map(fe -> Map.of(
                                "field",
                                fe.getField(),
                                "message",
                                messages.getMessage(fe, LocaleContextHolder.getLocale())))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * An unreadable body: when one value is wrong (a date like {@code +999999999-12-31}, text for a
     * number), the answer names its field, as validation errors do.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex,
            org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status,
            org.springframework.web.context.request.WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Unreadable request body");
        if (ex.getCause() instanceof tools.jackson.databind.DatabindException bad
                && !bad.getPath().isEmpty()) {
            String field = bad.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                    .collect(java.util.stream.Collectors.joining("."));
            problem.setDetail("Invalid value for '" + field + "'");
            setInvalidField(problem, field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex,
            org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status,
            org.springframework.web.context.request.WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Validation failed");
        problem.setProperty(
                "errors",
                ex.getParameterValidationResults().stream()
                        .flatMap(r -> r.getResolvableErrors().stream()
                                .map(err -> Map.of(
                                        "field",
                                        String.valueOf(r.getMethodParameter().getParameterName()),
                                        "message",
                                        messages.getMessage(err, LocaleContextHolder.getLocale()))))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }
}
