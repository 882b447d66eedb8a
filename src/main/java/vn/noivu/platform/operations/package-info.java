/**
 * Work the application defers to the background and must finish (steps left after a large load): the
 * health of it on {@code /actuator/health}, and an administrator's page to see and retry it.
 */
package vn.noivu.platform.operations;
