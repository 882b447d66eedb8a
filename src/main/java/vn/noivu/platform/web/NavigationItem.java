package vn.noivu.platform.web;

/**
 * An entry of the main navigation. Each module contributes its own as a bean, so the layout needs no
 * change when a module is added.
 *
 * @param messageKey label key in {@code messages*.properties}
 * @param path where it leads
 * @param order position, low first
 * @param role the role needed to see it, or null for every signed-in user
 */
public record NavigationItem(String messageKey, String path, int order, String role) {}
