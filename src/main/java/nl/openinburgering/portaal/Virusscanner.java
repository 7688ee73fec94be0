package nl.openinburgering.portaal;

/**
 * The hook for a virus scan of an upload, called after the type and size checks and before anything is stored
 * (docs/configuration.md, "Portaal"). The default scanner accepts every file: a gemeente that runs a scanner
 * (ClamAV, the ICAP service of its own network) adds a bean of this type, and that one replaces the default.
 */
public interface Virusscanner {

    /** Whether the file is clean; {@code false} refuses the upload and nothing is stored. */
    boolean schoon(String bestandsnaam, byte[] inhoud);
}
