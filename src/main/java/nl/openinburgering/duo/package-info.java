/**
 * De uitwisseling met DUO (issue 14, R10.1–R10.5): the three interaction patterns of DUO's specification
 * "Inburgeringsketen M2M gegevensuitwisseling DUO en Gemeente" (raadpleging, melding-bevestiging, notificering)
 * with the Digikoppeling headers ({@code bron}/{@code doel} OIN, {@code berichtId}, {@code API-Version}); the
 * gemeente's OIN as a per-gemeente setting; the Notificatie endpoint with its inbox (stored first, idempotent on
 * the berichtId, processed after); the outbox of meldingen to DUO (written in the deciding transaction,
 * delivered with backoff, once per berichtId) and, for a gemeente without M2M, the same outbox as a worklist
 * "registreren in het DUO-portaal". Every message is validated against DUO's own OpenAPI files (ADR 0011). Its
 * API is {@link nl.openinburgering.duo.DuoBeheer}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "DUO-uitwisseling",
        allowedDependencies = {
            "shared",
            "platform",
            "platform :: web",
            "inburgeraar",
            "pip",
            "pvt",
            "map",
            "leerroute",
            "werkvoorraad"
        })
@org.jspecify.annotations.NullMarked
package nl.openinburgering.duo;
