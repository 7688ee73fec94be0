package nl.openinburgering;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random BSNs that pass the elfproef, so each test seeds its own people without clashing with others. They
 * start with 1, the demo data's with 9999, so the two never meet.
 */
public final class TestBsn {

    private TestBsn() {}

    public static String nieuw() {
        ThreadLocalRandom toeval = ThreadLocalRandom.current();
        while (true) {
            StringBuilder bsn = new StringBuilder("1");
            for (int i = 1; i < 8; i++) {
                bsn.append(toeval.nextInt(10));
            }
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (bsn.charAt(i) - '0');
            }
            int controle = som % 11;
            if (controle <= 9) {
                return bsn.append(controle).toString();
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
