package vn.noivu.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * On personnel pages, absent (or out-of-scope) data answers the 404 page and a broken rule the 422
 * page, as the API does. (The platform has no page-side handler yet; this one is local to the module.)
 */
@ControllerAdvice(assignableTypes = PersonnelPages.class)
class PersonnelPageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    @ExceptionHandler(BusinessRuleException.class)
    String businessRule(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "error";
    }
}
