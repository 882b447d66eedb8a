package vn.noivu.organization.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly refresh of the current tree ({@link CurrentTree#nightly()}) needs scheduling on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OrganizationConfiguration {}
