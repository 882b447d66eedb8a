package vn.noivu;

/** Accounts every integration test may use: the first admin and the documented demo users. */
public final class TestUsers {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String DEMO_PASSWORD = "NoiVu@2026";

    private TestUsers() {}
}
