package nl.openinburgering.aanbieder;

import org.jspecify.annotations.Nullable;

/**
 * One hour line as text, as it arrives in JSON or CSV (columns
 * {@code deelnameId,datum,soort,uren,aanwezig,verzuimreden}), so that a malformed value is one of the line's
 * problems instead of failing the whole request.
 */
public record RuweUrenregel(
        @Nullable String deelnameId,
        @Nullable String datum,
        @Nullable String soort,
        @Nullable String uren,
        @Nullable String aanwezig,
        @Nullable String verzuimreden) {}
