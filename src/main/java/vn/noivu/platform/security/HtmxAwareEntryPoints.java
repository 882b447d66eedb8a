package vn.noivu.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.HtmlUtils;

/**
 * How a page request that may not proceed is answered when htmx made it (a filter, a report reloading a
 * part of the page). Left to the defaults, an expired session redirects the fragment's request to the
 * login page, whose form htmx then swaps into the report, and after login the user lands on the bare
 * fragment; a refused action answers 403, which htmx silently drops.
 *
 * <ul>
 *   <li>Not signed in: the answer tells htmx to load the login page in the whole window ({@code HX-Redirect}),
 *       and the page to return to after login is the one in the address bar ({@code HX-Current-URL}, with its
 *       filters), not the fragment.
 *   <li>Refused: the 403 message is sent to the page's message area ({@code HX-Retarget: #page-message}).
 * </ul>
 */
final class HtmxAwareEntryPoints {

    static final RequestMatcher HTMX = request -> request.getHeader("HX-Request") != null;

    private HtmxAwareEntryPoints() {}

    /** For htmx requests only (registered with {@link #HTMX}); other requests keep the login redirect. */
    static AuthenticationEntryPoint login(RequestCache requestCache) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String back = samePageOf(request.getHeader("HX-Current-URL"));
            if (back != null) {
                // Overwrites what the cache saved (the fragment): after login, back to the page itself.
                request.getSession()
                        .setAttribute(SAVED_REQUEST, new SimpleSavedRequest(request.getContextPath() + back));
            } else {
                requestCache.removeRequest(request, response);
            }
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    /** The session attribute under which {@link HttpSessionRequestCache} keeps the page to return to. */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    /** A refused htmx request shows the 403 message in the page's message area; others get the 403 page. */
    static AccessDeniedHandler accessDenied(MessageSource messages) {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
            if (!HTMX.matches(request) || response.isCommitted()) {
                page.handle(request, response, e);
                return;
            }
            Locale locale = LocaleContextHolder.getLocale();
            String text = messages.getMessage("error.403.text", null, "403", locale);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setHeader("HX-Retarget", "#page-message");
            response.setHeader("HX-Reswap", "innerHTML");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<div class=\"alert error\" role=\"alert\">" + HtmlUtils.htmlEscape(text, "UTF-8")
                            + "</div>");
        };
    }

    /** The path and query of a URL of this site, or null for anything else (never an open redirect). */
    static String samePageOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/login")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
