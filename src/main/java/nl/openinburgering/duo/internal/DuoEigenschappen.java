package nl.openinburgering.duo.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exchange's settings (docs/operations.md): DUO's base URL ({@code https://{host:port}/v1}, R10.1), DUO's OIN
 * (the {@code doel} of the gemeente's messages and the expected {@code bron} of DUO's notifications), the name of
 * the SSL bundle with the PKIoverheid client certificate for mutual TLS (productie), the timeouts, and how often
 * the inbox and the outbox are worked off. A gemeente's own OIN is a per-gemeente setting ({@code duo_instelling}).
 */
@ConfigurationProperties("openinburgering.duo")
public record DuoEigenschappen(
        @DefaultValue("http://localhost:8080/duo-simulator/v1")
        String basisUrl,

        @DefaultValue("00000099000000000001") String oin,
        @Nullable String sslBundle,
        @DefaultValue("2s") Duration verbindingsTimeout,
        @DefaultValue("5s") Duration leesTimeout,
        @DefaultValue("2s") Duration interval,
        @DefaultValue("5s") Duration eersteHerhaling,
        @DefaultValue("1h") Duration langsteHerhaling) {

    /** Exponential backoff: 5 s, 10 s, 20 s … up to an hour between attempts. */
    public Duration wachttijd(int pogingen) {
        long factor = 1L << Math.min(Math.max(pogingen - 1, 0), 20);
        Duration wacht = eersteHerhaling.multipliedBy(factor);
        return wacht.compareTo(langsteHerhaling) > 0 ? langsteHerhaling : wacht;
    }
}
