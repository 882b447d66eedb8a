package vn.noivu.staffing.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Page answers for the staffing pages' business errors: an unknown (or out-of-scope) scope, target or
 * category is a 404 page, a broken rule a 422 page with the reason in the reader's language.
 */
@ControllerAdvice(assignableTypes = {StaffingPages.class, QuotaPages.class, TargetPages.class})
class StaffingPageErrors {

    private final MessageSource messages;

    StaffingPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView view = new ModelAndView("error/404");
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView rule(BusinessRuleException e) {
        ModelAndView view = new ModelAndView("staffing/problem");
        view.addObject(
                "message",
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }
}
