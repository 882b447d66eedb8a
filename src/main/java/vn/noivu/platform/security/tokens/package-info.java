/**
 * API tokens: how machines (the national CBCCVC database, provincial systems, reporting pipelines) call
 * the API without a password — personal and service tokens with an access level and an expiry, issued
 * and revoked by administrators, kept only as a SHA-256 hash.
 */
package vn.noivu.platform.security.tokens;
