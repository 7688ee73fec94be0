package nl.openinburgering.werkvoorraad;

import java.util.List;

/** One page of the list of inburgeraars. {@code pagina} is 1-based; {@code totaal} counts over all pages. */
public record Overzichtpagina(List<Overzichtsregel> regels, int pagina, int paginaGrootte, long totaal) {

    public int aantalPaginas() {
        return (int) Math.max(1, (totaal + paginaGrootte - 1) / paginaGrootte);
    }
}
