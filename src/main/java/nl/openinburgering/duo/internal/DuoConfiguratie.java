package nl.openinburgering.duo.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The inbox and the outbox are worked off by scheduled tasks (ADR 0011). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DuoEigenschappen.class)
class DuoConfiguratie {}
