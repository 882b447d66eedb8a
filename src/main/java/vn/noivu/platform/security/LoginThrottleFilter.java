package vn.noivu.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a login attempt (the login form's POST, or any request carrying HTTP Basic credentials)
 * while {@link LoginThrottle} says its address must wait, before any password is checked: the login
 * page answers "try again later", the API 429 with Retry-After. Not a bean, so that it runs only in the
 * security filter chains that add it.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final JsonMapper json;

    LoginThrottleFilter(LoginThrottle throttle, JsonMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String username = form ? request.getParameter("username") : basicUsername(request);
        if (username != null) {
            Optional<Duration> wait = throttle.wait(request.getRemoteAddr(), username);
            if (wait.isPresent()) {
                long seconds = Math.max(1, wait.get().toSeconds());
                if (form) {
                    response.sendRedirect(request.getContextPath() + "/login?throttled");
                } else {
                    response.setHeader("Retry-After", String.valueOf(seconds));
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too many failed sign-ins from this address; try again in " + seconds + " s");
                    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    json.writeValue(response.getOutputStream(), problem);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null; // not Base64: Spring's Basic filter answers it as bad credentials
        }
    }
}
