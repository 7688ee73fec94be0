package nl.openinburgering.bewijs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A seeded generator of bad and borderline inputs for the fuzzing of issue 19, point 3, in plain Java (no
 * property-testing library). It starts from a plausible value for an OpenAPI schema and breaks it in one or more
 * ways: a missing required field, a wrong type, a huge number, a very long string, unicode (right-to-left,
 * emoji, lone surrogates), control characters and NUL, duplicate keys, deep nesting, impossible dates, broken
 * syntax. It writes JSON itself, so it can write what no JSON library would (duplicate keys, {@code NaN}).
 */
final class Fuzzgenerator {

    /** A raw piece of JSON text, written as is. */
    record Rauw(String tekst) {}

    /** An object whose keys may repeat. */
    record Object(List<Map.Entry<String, java.lang.Object>> velden) {}

    static final List<String> RARE_TEKSTEN = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "\u0007\u0008\u001b[31m",
            "\r\n\t",
            "\u202Eevil\u202C",
            "مرحبا بالعالم",
            "שלום",
            "😀👩‍👩‍👧‍👦🇳🇱",
            "e\u0301\u0301\u0301",
            "\u200B\u200D\uFEFF",
            "\uFFFF\uFFFE",
            "'; drop table inburgeraar; --",
            "<script>alert(1)</script>",
            "${jndi:ldap://x}",
            "%00%0a",
            "../../etc/passwd",
            "null",
            "true",
            "-0",
            "1e309",
            "999999999",
            "TAALLES_KNM ",
            "taalles_knm",
            "Ã©Ã¨");

    static final List<String> RARE_DATA = List.of(
            "2026-02-30",
            "2026-13-01",
            "0000-00-00",
            "99999-01-01",
            "-2026-01-01",
            "2026-1-1",
            "01-02-2026",
            "2026-01-01T25:61:00",
            "2026-01-01T10:00:00",
            "gisteren",
            "1900-01-01",
            "9999-12-31",
            "");

    static final List<String> RARE_GETALLEN = List.of(
            "1e308",
            "-1e308",
            "99999999999999999999999999999",
            "-1",
            "0",
            "2147483648",
            "-9223372036854775809",
            "0.0000000000000000000001",
            "NaN",
            "Infinity",
            "-Infinity",
            "1.5e",
            "0x10",
            "01");

    private final Random toeval;
    private final JsonNode componenten;

    Fuzzgenerator(long zaad, JsonNode document) {
        this.toeval = new Random(zaad);
        this.componenten = document.path("components").path("schemas");
    }

    Random toeval() {
        return toeval;
    }

    <T> T een(List<T> keuzes) {
        return keuzes.get(toeval.nextInt(keuzes.size()));
    }

    JsonNode los(JsonNode schema) {
        JsonNode huidig = schema;
        for (int i = 0; i < 10 && huidig.has("$ref"); i++) {
            String ref = huidig.get("$ref").asString();
            huidig = componenten.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (huidig.has("allOf") && huidig.get("allOf").size() == 1) {
            return los(huidig.get("allOf").get(0));
        }
        if (huidig.has("oneOf") && !huidig.get("oneOf").isEmpty()) {
            return los(huidig.get("oneOf").get(0));
        }
        return huidig;
    }

    /** A plausible value of the schema: the start of every mutation. */
    java.lang.Object voorbeeld(JsonNode schemaRef, int diepte) {
        JsonNode schema = los(schemaRef);
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum")
                    .get(toeval.nextInt(schema.get("enum").size()))
                    .asString();
        }
        String type = schema.path("type").asString("object");
        String formaat = schema.path("format").asString("");
        return switch (type) {
            case "string" ->
                switch (formaat) {
                    case "date" -> "2026-0" + (1 + toeval.nextInt(9)) + "-1" + toeval.nextInt(9);
                    case "date-time" -> "2026-03-01T10:00:00Z";
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "tekst" + toeval.nextInt(100);
                };
            case "integer" -> 1 + toeval.nextInt(5);
            case "number" -> new Rauw("1.5");
            case "boolean" -> toeval.nextBoolean();
            case "array" -> diepte > 4 ? List.of() : List.of(voorbeeld(schema.path("items"), diepte + 1));
            default -> {
                List<Map.Entry<String, java.lang.Object>> velden = new ArrayList<>();
                if (diepte <= 4) {
                    for (Map.Entry<String, JsonNode> veld :
                            schema.path("properties").properties()) {
                        velden.add(veld(veld.getKey(), voorbeeld(veld.getValue(), diepte + 1)));
                    }
                }
                yield new Object(velden);
            }
        };
    }

    /** A bad or borderline value for one field of the given schema. */
    java.lang.Object slechteWaarde(JsonNode schemaRef) {
        JsonNode schema = los(schemaRef);
        String type = schema.path("type").asString("object");
        String formaat = schema.path("format").asString("");
        int soort = toeval.nextInt(10);
        if (soort == 0) {
            return null;
        }
        if (soort == 1) {
            return een(List.of(
                    new Object(List.of()),
                    List.of(),
                    true,
                    new Rauw("[1,2,3]"),
                    new Rauw("{\"a\":{}}"),
                    new Rauw("\"\\ud800x\"")));
        }
        if (soort == 2) {
            return new Rauw(een(RARE_GETALLEN));
        }
        if (soort == 3) {
            return lang(een(List.of(300, 5_000, 70_000)));
        }
        return switch (type) {
            case "string" ->
                switch (formaat) {
                    case "date", "date-time" -> een(RARE_DATA);
                    case "uuid" ->
                        een(List.of("geen-uuid", "00000000-0000-0000-0000-000000000000", UUID.randomUUID() + "x"));
                    default -> een(RARE_TEKSTEN);
                };
            case "integer", "number" -> toeval.nextBoolean() ? new Rauw(een(RARE_GETALLEN)) : een(RARE_TEKSTEN);
            case "boolean" -> een(List.of("ja", "1", "TRUE", "", 2));
            case "array" -> toeval.nextBoolean() ? (java.lang.Object) een(RARE_TEKSTEN) : veel(schema.path("items"));
            default -> een(RARE_TEKSTEN);
        };
    }

    private List<java.lang.Object> veel(JsonNode items) {
        List<java.lang.Object> lijst = new ArrayList<>();
        int aantal = een(List.of(0, 2, 50, 1_000));
        for (int i = 0; i < aantal; i++) {
            lijst.add(i % 7 == 3 ? slechteWaarde(items) : voorbeeld(items, 2));
        }
        return lijst;
    }

    String lang(int lengte) {
        StringBuilder tekst = new StringBuilder(lengte);
        String stuk = een(List.of("a", "é", "م", "😀", "\u0000", " "));
        while (tekst.length() < lengte) {
            tekst.append(stuk);
        }
        return tekst.toString();
    }

    /** One bad or borderline JSON body for the schema. */
    String slechtLichaam(JsonNode schema) {
        int soort = toeval.nextInt(20);
        switch (soort) {
            case 0:
                return een(List.of("", "null", "[]", "\"tekst\"", "123", "true", "{", "}", "{\"a\":}", "{'a':1}"));
            case 1:
                return diep(een(List.of(200, 2_000, 20_000)));
            case 2: {
                String goed = schrijf(voorbeeld(schema, 0));
                return goed.substring(0, Math.max(0, goed.length() - 1 - toeval.nextInt(Math.max(1, goed.length()))));
            }
            case 3:
                return schrijf(voorbeeld(schema, 0)) + een(List.of(",", "{}", " // x", "\u0000", "garbage"));
            default:
        }
        java.lang.Object waarde = voorbeeld(schema, 0);
        int mutaties = 1 + toeval.nextInt(3);
        for (int i = 0; i < mutaties; i++) {
            waarde = muteer(waarde, los(schema));
        }
        return schrijf(waarde);
    }

    private java.lang.Object muteer(java.lang.Object waarde, JsonNode schema) {
        if (!(waarde instanceof Object object) || object.velden().isEmpty()) {
            return toeval.nextBoolean() ? slechteWaarde(schema) : waarde;
        }
        List<Map.Entry<String, java.lang.Object>> velden = new ArrayList<>(object.velden());
        int index = toeval.nextInt(velden.size());
        String naam = velden.get(index).getKey();
        JsonNode veldSchema = schema.path("properties").path(naam);
        switch (toeval.nextInt(6)) {
            case 0 -> velden.remove(index); // a missing (often required) field
            case 1 -> velden.add(veld(naam, slechteWaarde(veldSchema))); // a duplicate key
            case 2 -> velden.add(veld(een(RARE_TEKSTEN) + "onbekend", een(RARE_TEKSTEN))); // an unknown field
            case 3 -> {
                java.lang.Object binnen = velden.get(index).getValue();
                velden.set(index, veld(naam, muteer(binnen, los(veldSchema))));
            }
            default -> velden.set(index, veld(naam, slechteWaarde(veldSchema)));
        }
        return new Object(velden);
    }

    private static Map.Entry<String, java.lang.Object> veld(
            String naam, java.lang.@org.jspecify.annotations.Nullable Object waarde) {
        return new java.util.AbstractMap.SimpleEntry<>(naam, waarde);
    }

    String diep(int diepte) {
        String open = toeval.nextBoolean() ? "[" : "{\"a\":";
        String dicht = open.equals("[") ? "]" : "}";
        return open.repeat(diepte) + "1" + dicht.repeat(diepte);
    }

    static String schrijf(java.lang.@org.jspecify.annotations.Nullable Object waarde) {
        StringBuilder uit = new StringBuilder();
        schrijf(waarde, uit);
        return uit.toString();
    }

    private static void schrijf(java.lang.@org.jspecify.annotations.Nullable Object waarde, StringBuilder uit) {
        switch (waarde) {
            case null -> uit.append("null");
            case Rauw rauw -> uit.append(rauw.tekst());
            case String tekst -> tekst(tekst, uit);
            case Object object -> {
                uit.append('{');
                for (int i = 0; i < object.velden().size(); i++) {
                    if (i > 0) {
                        uit.append(',');
                    }
                    tekst(object.velden().get(i).getKey(), uit);
                    uit.append(':');
                    schrijf(object.velden().get(i).getValue(), uit);
                }
                uit.append('}');
            }
            case List<?> lijst -> {
                uit.append('[');
                for (int i = 0; i < lijst.size(); i++) {
                    if (i > 0) {
                        uit.append(',');
                    }
                    schrijf(lijst.get(i), uit);
                }
                uit.append(']');
            }
            default -> uit.append(waarde);
        }
    }

    private static void tekst(String tekst, StringBuilder uit) {
        uit.append('"');
        for (char teken : tekst.toCharArray()) {
            if (teken == '"' || teken == '\\') {
                uit.append('\\').append(teken);
            } else if (teken < 0x20) {
                uit.append("\\u%04x".formatted((int) teken));
            } else {
                uit.append(teken);
            }
        }
        uit.append('"');
    }

    /** A bad or borderline CSV for the provider hour upload. */
    String slechteCsv(List<String> deelnames) {
        String kop = "deelnameId,datum,soort,uren,aanwezig,verzuimreden";
        String deelname = deelnames.isEmpty() ? UUID.randomUUID().toString() : een(deelnames);
        String goed = deelname + ",2026-04-07,TAALLES_KNM,3.0,true,";
        return switch (toeval.nextInt(16)) {
            case 0 -> "";
            case 1 -> kop;
            case 2 -> "\uFEFF" + kop + "\n" + goed.replace("3.0", "-3.0");
            case 3 -> kop.replace(',', ';') + "\n" + goed.replace(',', ';');
            case 4 -> kop.replace(',', '\t') + "\n" + goed.replace(',', '\t');
            case 5 -> kop + "\n\"" + deelname + ",2026-04-07,TAALLES_KNM,3.0,true,";
            case 6 -> kop + "\n" + deelname + ",\"2026-04-07\"\",TAALLES_KNM,3.0,true,";
            case 7 -> kop + "\n" + goed + lang(een(List.of(10_000, 200_000)));
            case 8 -> kop + "\n" + goed.replace("2026-04-07", een(RARE_DATA));
            case 9 -> kop + "\n" + goed.replace("3.0", een(RARE_GETALLEN));
            case 10 ->
                kop + "\n" + goed.replace("TAALLES_KNM", een(RARE_TEKSTEN).replace(",", ""));
            case 11 -> kop + "\n" + goed.replace("true", een(List.of("ja", "", "2", "\u0000")));
            case 12 ->
                kop + "\n" + goed + "\n" + deelname + ",2026-04-08,TAALLES_KNM,3.0,false,"
                        + een(List.of("ONBEKEND", "\"ZIEK", "ZIEK,extra"));
            case 13 ->
                kop + "\r\n"
                        + goed.replace(
                                deelname,
                                een(List.of("geen-uuid", UUID.randomUUID().toString())));
            case 14 -> "a,b\n1,2,3\n\"\"\"\n";
            default -> kop + "\n" + goed + "\n" + een(RARE_TEKSTEN);
        };
    }
}
