package nl.openinburgering;

import java.util.concurrent.ThreadLocalRandom;

import nl.openinburgering.shared.Bsn;

/** Fresh random BSNs that pass the elfproef, so every test seeds its own persons and never collides. */
public final class TestBsn {

    private TestBsn() {
    }

    public static String nieuw() {
        while (true) {
            StringBuilder cijfers = new StringBuilder("9");
            for (int i = 1; i < 8; i++) {
                cijfers.append(ThreadLocalRandom.current().nextInt(10));
            }
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (cijfers.charAt(i) - '0');
            }
            int controle = som % 11;
            if (controle < 10) {
                String bsn = cijfers.append(controle).toString();
                if (Bsn.voldoetAanElfproef(bsn)) {
                    return bsn;
                }
            }
        }
    }

    /** Nine digits that fail the elfproef. */
    public static String ongeldig() {
        String geldig = nieuw();
        char laatste = geldig.charAt(8);
        return geldig.substring(0, 8) + (laatste == '9' ? '0' : (char) (laatste + 1));
    }
}
