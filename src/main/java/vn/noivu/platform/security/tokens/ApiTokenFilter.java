package vn.noivu.platform.security.tokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer nv_…}. A bad, expired or revoked
 * token is answered 401 at once (it does not fall back to anonymous); a read-only token is refused
 * every write with 403 before any controller runs, whatever its account's roles. Calls without a bearer
 * token pass on to HTTP Basic.
 */
public final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthenticated;
    private final AccessDeniedHandler denied;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    public ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler denied) {
        this.tokens = tokens;
        this.unauthenticated = unauthenticated;
        this.denied = denied;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> authentication =
                tokens.authenticate(header.substring(7).trim());
        if (authentication.isEmpty()) {
            contexts.clearContext();
            unauthenticated.commence(
                    request, response, new BadCredentialsException("Unknown, expired or revoked API token"));
            return;
        }
        if (authentication.get().access() == TokenAccess.READ && !isRead(request)) {
            denied.handle(request, response, new AccessDeniedException("Read-only API token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication.get());
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    /** Reads, including the look-ups POSTed to keep their key (a personal ID number) out of the URL. */
    private static boolean isRead(HttpServletRequest request) {
        return READS.contains(request.getMethod())
                || ("POST".equals(request.getMethod())
                        && request.getRequestURI().endsWith("/lookup"));
    }
}
