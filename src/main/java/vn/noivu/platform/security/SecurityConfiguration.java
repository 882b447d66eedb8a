package vn.noivu.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;
import vn.noivu.platform.security.tokens.ApiTokenFilter;
import vn.noivu.platform.security.tokens.ApiTokens;

/**
 * Two filter chains over one set of accounts: the API ({@code /api/**}, actuator) with HTTP Basic,
 * stateless and answering 401/403 as ProblemDetail; the web pages with form login, a session stored
 * in PostgreSQL, and CSRF protection. The role matrix (docs/decisions/007-role-matrix.md) is enforced
 * here by URL before any controller runs: approvals need APPROVER, every other write EDITOR (ADMIN
 * includes both), so a VIEWER is refused on every write and an APPROVER enters no data; finer rules
 * (scope, four-eyes) sit in the services.
 * API calls may also carry an API token ({@code tokens}); passwords are checked by {@link
 * CachingPasswordAuthenticationProvider}, which spares HTTP Basic a bcrypt per call.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The decisions of an approver (docs/decisions/007-role-matrix.md): approving or rejecting a plan and
     * cancelling a recorded restructuring, finalising the appraisal of a reform self-assessment. Every other write is data entry, for an EDITOR.
     */
    static final String[] APPROVALS_API = {
        "/api/v1/organizations/plans/*/approve",
        "/api/v1/organizations/plans/*/reject",
        "/api/v1/organizations/restructurings/*/cancel",
        "/api/v1/reform/assessments/*/finalise",
        "/api/v1/rewards/nominations/*/decision",
        "/api/v1/rewards/nominations/*/revocation",
        "/api/v1/review/drafts/*/approve"
    };

    static final String[] APPROVALS_PAGES = {
        "/organizations/plans/*/approve",
        "/organizations/plans/*/reject",
        "/organizations/restructurings/*/cancel",
        "/reform/assessments/*/finalise",
        "/rewards/nominations/*/decision",
        "/rewards/nominations/*/revocation",
        "/review/drafts/*/approve"
    };

    /**
     * The receiving level's decision on a report (accept, return, or reopen once accepted) is an approval too. Matched on the
     * raw URI: a form code carries an encoded slash ({@code 0601.N%2FBNV-TĐKT}), so the path has no
     * fixed number of segments once decoded.
     */
    static final RequestMatcher REPORT_DECISIONS = request -> "POST".equals(request.getMethod())
            && (request.getRequestURI().startsWith("/api/v1/reporting/reports/")
                    || request.getRequestURI().startsWith("/reporting/forms/"))
            && (request.getRequestURI().endsWith("/accept")
                    || request.getRequestURI().endsWith("/return")
                    || request.getRequestURI().endsWith("/reopen"));

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_ADMIN > ROLE_APPROVER
                ROLE_EDITOR > ROLE_VIEWER
                ROLE_APPROVER > ROLE_VIEWER
                """);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, ApiSecurityErrors errors, LoginThrottle throttle, JsonMapper json, ApiTokens tokens)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health/**",
                                "/actuator/info",
                                "/api/v1/rewards/public",
                                "/api/v1/rewards/public/*/comments")
                        .permitAll()
                        // Before the rule for every GET: account lists are for administrators only.
                        .requestMatchers("/api/v1/users/**", "/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/**")
                        .authenticated()
                        // Look-ups whose key must not appear in a URL (a personal ID number) are POSTed
                        // but read nothing else (as does a reward eligibility check): any signed-in user may
                        // make them.
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/*/lookup",
                                "/api/v1/*/*/lookup",
                                "/api/v1/rewards/eligibility")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, APPROVALS_API)
                        .hasRole("APPROVER")
                        .requestMatchers(REPORT_DECISIONS)
                        .hasRole("APPROVER")
                        .anyRequest()
                        .hasRole("EDITOR"))
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .addFilterBefore(new LoginThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
                // Machines call with "Authorization: Bearer nv_…" (API tokens); people keep HTTP Basic.
                .addFilterBefore(new ApiTokenFilter(tokens, errors, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                // Stateless: an API call never reads or creates the browser's session, so CSRF (a
                // cookie-borne attack) does not apply here.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            LoginThrottle throttle,
            JsonMapper json,
            org.springframework.context.MessageSource messages)
            throws Exception {
        org.springframework.security.web.savedrequest.HttpSessionRequestCache requestCache =
                new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        // Only pages are worth returning to after login (not a form's POST, an icon or an error page).
        requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !request.getRequestURI().startsWith("/favicon")
                && !request.getRequestURI().startsWith("/error")
                && !request.getRequestURI().startsWith("/.well-known"));
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/public/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/logout", "/account/password", "/locale")
                        .authenticated()
                        // A look-up form that keeps its key (a personal ID number) out of the URL.
                        .requestMatchers(HttpMethod.POST, "/*/lookup")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, APPROVALS_PAGES)
                        .hasRole("APPROVER")
                        .requestMatchers(REPORT_DECISIONS)
                        .hasRole("APPROVER")
                        .anyRequest()
                        .hasRole("EDITOR"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                // htmx requests: to the login page in the whole window and back to the page, and a refusal
                // shown as a message rather than dropped (HtmxAwareEntryPoints).
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                HtmxAwareEntryPoints.login(requestCache), HtmxAwareEntryPoints.HTMX)
                        .accessDeniedHandler(HtmxAwareEntryPoints.accessDenied(messages)))
                .addFilterBefore(new LoginThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(withDefaults())
                .headers(this::headers);
        return http.build();
    }

    private void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(withDefaults());
    }
}
