package vn.noivu.organization.internal;

import org.springframework.stereotype.Component;

/**
 * Whether the administrative unit a version serves exists. Until the administrative-unit catalogue is
 * available the code's format (2, 3 or 5 digits) is all that is checked (by {@link Timeline}).
 */
@Component
public class AdminUnitCheck {

    public boolean known(Version v) {
        return true;
    }
}
