package nl.openinburgering.nationaal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with {@code COPY ... FROM STDIN} (text format) through pgjdbc's
 * {@code CopyManager}. Rows go into a 256 kB buffer that is sent whenever it fills, so memory stays flat
 * however many rows a table gets.
 */
final class CopyStroom implements AutoCloseable {

    private static final int BUFFER = 256 * 1024;

    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER];
    private final StringBuilder rij = new StringBuilder(512);
    private int positie;
    private long rijen;
    private boolean klaar;

    CopyStroom(Connection verbinding, String tabel, String kolommen) throws SQLException {
        this.copy = verbinding
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + tabel + " (" + kolommen + ") from stdin");
    }

    /** One row; {@code null} becomes SQL null, booleans t/f, anything else its {@code toString()}. */
    void rij(Object... waarden) throws SQLException {
        rij.setLength(0);
        for (int i = 0; i < waarden.length; i++) {
            if (i > 0) {
                rij.append('\t');
            }
            waarde(waarden[i]);
        }
        rij.append('\n');
        byte[] bytes = rij.toString().getBytes(StandardCharsets.UTF_8);
        if (positie + bytes.length > BUFFER) {
            spoel();
        }
        if (bytes.length > BUFFER) {
            copy.writeToCopy(bytes, 0, bytes.length);
        } else {
            System.arraycopy(bytes, 0, buffer, positie, bytes.length);
            positie += bytes.length;
        }
        rijen++;
    }

    private void waarde(Object waarde) {
        switch (waarde) {
            case null -> rij.append("\\N");
            case Boolean b -> rij.append(b ? 't' : 'f');
            case Number n -> rij.append(n);
            default -> {
                String tekst = waarde.toString();
                for (int i = 0; i < tekst.length(); i++) {
                    char c = tekst.charAt(i);
                    switch (c) {
                        case '\\' -> rij.append("\\\\");
                        case '\t' -> rij.append("\\t");
                        case '\n' -> rij.append("\\n");
                        case '\r' -> rij.append("\\r");
                        default -> rij.append(c);
                    }
                }
            }
        }
    }

    private void spoel() throws SQLException {
        if (positie > 0) {
            copy.writeToCopy(buffer, 0, positie);
            positie = 0;
        }
    }

    /** Sends what is left and ends the COPY; returns the number of rows the server accepted. */
    long sluit() throws SQLException {
        spoel();
        klaar = true;
        long geschreven = copy.endCopy();
        if (geschreven != rijen) {
            throw new SQLException("COPY schreef " + geschreven + " rijen in plaats van " + rijen);
        }
        return geschreven;
    }

    @Override
    public void close() throws SQLException {
        if (!klaar && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
