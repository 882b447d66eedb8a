package vn.noivu.platform.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.noivu.platform.NoiVuProperties;

/** Tells whoever started NoiVu where it is and how to log in. */
@Component
class StartupBanner {

    private final Environment env;
    private final NoiVuProperties properties;

    StartupBanner(Environment env, NoiVuProperties properties) {
        this.env = env;
        this.properties = properties;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n  NoiVu is running: http://localhost:" + port + "/\n");
        if (properties.demo()) {
            text.append("  Demo users (password NoiVu@2026): bnv.admin, bnv.editor, bnv.leader, bnv.viewer,")
                    .append(" hanoi.admin, hanoi.editor, hanoi.viewer, hcm.editor\n");
        }
        text.append("  Administrator: admin (password from NOIVU_ADMIN_PASSWORD, or printed at first start)\n");
        text.append("  API docs: http://localhost:").append(port).append("/swagger-ui.html\n");
        System.out.println(text);
    }
}
