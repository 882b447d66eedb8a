package vn.noivu.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Role;

/** What every page's layout needs: the signed-in user and the navigation they may see. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final List<NavigationItem> navigation;

    LayoutModel(List<NavigationItem> navigation) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("currentUser")
    NoiVuUser currentUser() {
        return CurrentUser.get().orElse(null);
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
