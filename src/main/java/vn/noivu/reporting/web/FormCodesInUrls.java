package vn.noivu.reporting.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Form codes are kept exactly as issued, and they contain a slash ({@code 0601.N/BNV-TĐKT}); the API
 * contract puts them URL-encoded in a path segment ({@code 0601.N%2FBNV-T%C4%90KT}). Tomcat and Spring
 * Security refuse an encoded slash by default, so both are told to let it through: Tomcat decodes it
 * (the servlet path stays normalised, so {@code %2F..%2F} is still refused as a traversal by the
 * firewall's other checks) and Spring MVC matches the raw path, one segment per variable.
 */
@Configuration(proxyBeanMethods = false)
class FormCodesInUrls {

    @Bean
    TomcatConnectorCustomizer encodedSlashDecoded() {
        return connector -> connector.setEncodedSolidusHandling("decode");
    }

    @Bean
    HttpFirewall firewallAllowingEncodedSlash() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        return firewall;
    }
}
