package vn.noivu.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Page answers for every module: an unknown or out-of-scope record is the 404 page, a broken business
 * rule the 422 page with the reason in the reader's language. (API controllers are answered first by
 * {@link ApiExceptionHandler}, which has the higher precedence.)
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;
    private final LayoutModel layout;

    PageExceptionHandler(MessageSource messages, LayoutModel layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView view = layout.page("error/404", request);
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView businessRule(BusinessRuleException e, jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView view = layout.page("error/422", request);
        view.addObject(
                "message",
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }
}
