package vn.noivu.organization.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.noivu.platform.web.NotFoundException;

/**
 * Pages of this module answer an unknown or out-of-scope unit with the 404 page (the API does this
 * through the platform's ProblemDetail handler). Candidate for the platform.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
