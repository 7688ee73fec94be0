package nl.openinburgering.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refusal of the productie profile as a short list of settings to fix instead of a stack trace. */
class ProductieWeigeringAnalyse extends AbstractFailureAnalyzer<ProductieWeigering> {

    @Override
    protected FailureAnalysis analyze(Throwable oorzaak, ProductieWeigering weigering) {
        return new FailureAnalysis(
                weigering.getMessage(),
                "Zet of verbeter de genoemde instellingen (zie docs/configuration.md) en start opnieuw. / "
                        + "Set or correct the settings named above (see docs/configuration.md) and start again.",
                weigering);
    }
}
