/**
 * The platform every business module stands on: database, security and scopes, audit, imports, web
 * shell and error handling.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.noivu.platform;
