package vn.noivu.platform.backup;

import vn.noivu.platform.web.BusinessRuleException;

/** A backup or restore that must not go ahead; the message key says why (messages*.properties). */
class BackupRefusedException extends BusinessRuleException {

    BackupRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
