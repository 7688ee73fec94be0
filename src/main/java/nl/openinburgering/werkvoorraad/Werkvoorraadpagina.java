package nl.openinburgering.werkvoorraad;

import java.util.List;

/** One page of a worklist. {@code pagina} is 1-based; {@code totaal} counts the lines over all pages. */
public record Werkvoorraadpagina(List<Werkvoorraadregel> regels, int pagina, int paginaGrootte, long totaal) {

    public int aantalPaginas() {
        return (int) Math.max(1, (totaal + paginaGrootte - 1) / paginaGrootte);
    }
}
