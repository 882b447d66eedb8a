package vn.noivu.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.security.Scopes;

/** What every page's layout needs: the signed-in user and the navigation they may see. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final List<NavigationItem> navigation;
    private final Scopes scopes;

    LayoutModel(List<NavigationItem> navigation, Scopes scopes) {
        this.scopes = scopes;
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    /**
     * A page rendered by an exception handler, which gets none of the model attributes above: with the
     * menu and the user box all the same, so that a 404 or 422 page leaves the user where they were.
     */
    org.springframework.web.servlet.ModelAndView page(String view, jakarta.servlet.http.HttpServletRequest request) {
        org.springframework.web.servlet.ModelAndView page = new org.springframework.web.servlet.ModelAndView(view);
        page.addObject("currentUser", currentUser());
        page.addObject("requestPath", requestPath(request));
        page.addObject("navigation", navigation());
        page.addObject("scopeName", scopeName());
        return page;
    }

    @ModelAttribute("currentUser")
    NoiVuUser currentUser() {
        return CurrentUser.get().orElse(null);
    }

    /** The user's scope as a person reads it ("Hà Nội"), null for a national user. */
    @ModelAttribute("scopeName")
    String scopeName() {
        return CurrentUser.get()
                .filter(user -> !user.scope().isNational())
                .map(user -> scopes.nameOf(user.scope().code()))
                .orElse(null);
    }

    @ModelAttribute("requestPath")
    String requestPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentUser.get()
                .map(user -> navigation.stream()
                        .filter(item -> item.role() == null || user.hasRole(Role.valueOf(item.role())))
                        .toList())
                .orElse(List.of());
    }
}
