package vn.noivu.platform.users;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.noivu.platform.NoiVuProperties;
import vn.noivu.platform.security.Role;

/**
 * On first start creates the administrator ({@code admin}) with {@code NOIVU_ADMIN_PASSWORD} or a
 * random password printed once; in demo mode also the documented demo users (README).
 */
@Component
@Order(0)
class FirstStartAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAccounts.class);

    /** The password of every demo user, documented in the README. */
    static final String DEMO_PASSWORD = "NoiVu@2026";

    static final List<NewUser> DEMO_USERS = List.of(
            demo("bnv.admin", "Quản trị Bộ Nội vụ", null, Role.ADMIN),
            demo("bnv.editor", "Chuyên viên Bộ Nội vụ", null, Role.EDITOR),
            demo("bnv.leader", "Lãnh đạo Vụ Tổ chức - Biên chế", null, Role.APPROVER),
            demo("bnv.viewer", "Người xem Bộ Nội vụ", null, Role.VIEWER),
            demo("hanoi.admin", "Quản trị Sở Nội vụ Hà Nội", "01", Role.ADMIN),
            demo("hanoi.editor", "Chuyên viên Sở Nội vụ Hà Nội", "01", Role.EDITOR),
            demo("hanoi.viewer", "Người xem Sở Nội vụ Hà Nội", "01", Role.VIEWER),
            demo("hcm.editor", "Chuyên viên Sở Nội vụ TP Hồ Chí Minh", "79", Role.EDITOR));

    private final UserAccounts accounts;
    private final NoiVuProperties properties;

    FirstStartAccounts(UserAccounts accounts, NoiVuProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists("admin")) {
            boolean given = properties.adminPassword() != null
                    && !properties.adminPassword().isBlank();
            String password = given ? properties.adminPassword() : UserAccounts.randomPassword();
            accounts.createIfMissing(new NewUser("admin", "Quản trị hệ thống", password, null, List.of(Role.ADMIN)));
            if (!given) {
                // Printed once, on the console only: the log of a production instance may be shipped
                // elsewhere, the console is the operator's.
                System.out.println("\n  NoiVu administrator created: user 'admin', password '" + password
                        + "' (shown once; set NOIVU_ADMIN_PASSWORD to choose it)\n");
            }
        }
        if (properties.demo()) {
            DEMO_USERS.forEach(accounts::createIfMissing);
            log.info(
                    "Demo users ready (password {}): {}",
                    DEMO_PASSWORD,
                    DEMO_USERS.stream().map(NewUser::username).toList());
        }
    }

    private static NewUser demo(String username, String fullName, String scope, Role role) {
        return new NewUser(username, fullName, DEMO_PASSWORD, scope, List.of(role));
    }
}
