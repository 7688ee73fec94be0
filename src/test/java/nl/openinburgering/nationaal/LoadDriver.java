package nl.openinburgering.nationaal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load driver: N virtual users, each on its own virtual thread, send a request, wait for the
 * whole answer, and send the next, for a warm-up and then a measuring period. Only requests that start and
 * end inside the measuring period count, so the warm-up (JIT, caches, connection set-up) is left out.
 */
public final class LoadDriver {

    /** Builds the n-th request of virtual user {@code gebruiker}. */
    @FunctionalInterface
    public interface Verzoeker {
        HttpRequest verzoek(int gebruiker, long n);
    }

    /** What one run measured; latencies in milliseconds, throughput in requests per second. */
    public record Resultaat(
            String naam,
            int gebruikers,
            Duration meetduur,
            long verzoeken,
            Map<Integer, Long> statussen,
            long fouten,
            double p50,
            double p95,
            double p99,
            double max,
            double perSeconde) {

        /** Every counted request answered 200 and nothing failed on the way. */
        public boolean allesOk() {
            return fouten == 0 && verzoeken > 0 && statussen.keySet().equals(java.util.Set.of(200));
        }

        @Override
        public String toString() {
            return "%-28s %3d gebruikers %,8d verzoeken %8.1f/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.1f ms  statussen %s%s"
                    .formatted(
                            naam,
                            gebruikers,
                            verzoeken,
                            perSeconde,
                            p50,
                            p95,
                            p99,
                            max,
                            statussen,
                            fouten > 0 ? "  fouten " + fouten : "");
        }
    }

    private final HttpClient client;

    public LoadDriver(HttpClient client) {
        this.client = client;
    }

    /** An HTTP/1.1 client on loopback that follows no redirects: a redirect to /login must show as 302. */
    public static HttpClient nieuweClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public Resultaat draai(String naam, int gebruikers, Duration opwarmen, Duration meten, Verzoeker verzoeker)
            throws InterruptedException {
        return draai(naam, gebruikers, opwarmen, meten, Duration.ZERO, verzoeker);
    }

    /**
     * As above, but each user waits {@code denktijd} after every answer, as a person reading the page would:
     * without it, N users are N requests in flight all the time and latency is N / throughput.
     */
    public Resultaat draai(
            String naam, int gebruikers, Duration opwarmen, Duration meten, Duration denktijd, Verzoeker verzoeker)
            throws InterruptedException {
        long begin = System.nanoTime();
        long meetStart = begin + opwarmen.toNanos();
        long meetEinde = meetStart + meten.toNanos();
        List<Future<Metingen>> lopend = new ArrayList<>();
        try (ExecutorService draden = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int g = 0; g < gebruikers; g++) {
                int gebruiker = g;
                lopend.add(draden.submit(() -> gebruiker(gebruiker, verzoeker, meetStart, meetEinde, denktijd)));
            }
        }
        Metingen alles = new Metingen();
        for (Future<Metingen> metingen : lopend) {
            try {
                alles.voegToe(metingen.get());
            } catch (java.util.concurrent.ExecutionException fout) {
                throw new IllegalStateException("Een virtuele gebruiker faalde", fout.getCause());
            }
        }
        return alles.resultaat(naam, gebruikers, meten);
    }

    private Metingen gebruiker(int gebruiker, Verzoeker verzoeker, long meetStart, long meetEinde, Duration denktijd) {
        Metingen metingen = new Metingen();
        for (long n = 0; System.nanoTime() < meetEinde; n++) {
            HttpRequest verzoek = verzoeker.verzoek(gebruiker, n);
            long start = System.nanoTime();
            int status;
            try {
                HttpResponse<byte[]> antwoord = client.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
                status = antwoord.statusCode();
            } catch (IOException fout) {
                status = -1;
            } catch (InterruptedException onderbroken) {
                Thread.currentThread().interrupt();
                break;
            }
            long einde = System.nanoTime();
            if (start >= meetStart && einde <= meetEinde) {
                metingen.meet(einde - start, status);
            }
            if (!denktijd.isZero()) {
                try {
                    Thread.sleep(denktijd);
                } catch (InterruptedException onderbroken) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return metingen;
    }

    /** Latencies of one virtual user (or of all, once merged), in nanoseconds, with counts per status. */
    private static final class Metingen {

        private long[] nanos = new long[1024];
        private int aantal;
        private long fouten;
        private final Map<Integer, Long> statussen = new TreeMap<>();

        void meet(long duur, int status) {
            if (status < 0) {
                fouten++;
                return;
            }
            if (aantal == nanos.length) {
                nanos = Arrays.copyOf(nanos, aantal * 2);
            }
            nanos[aantal++] = duur;
            statussen.merge(status, 1L, Long::sum);
        }

        void voegToe(Metingen andere) {
            for (int i = 0; i < andere.aantal; i++) {
                if (aantal == nanos.length) {
                    nanos = Arrays.copyOf(nanos, aantal * 2);
                }
                nanos[aantal++] = andere.nanos[i];
            }
            fouten += andere.fouten;
            andere.statussen.forEach((status, n) -> statussen.merge(status, n, Long::sum));
        }

        Resultaat resultaat(String naam, int gebruikers, Duration meten) {
            long[] gesorteerd = Arrays.copyOf(nanos, aantal);
            Arrays.sort(gesorteerd);
            return new Resultaat(
                    naam,
                    gebruikers,
                    meten,
                    aantal,
                    statussen,
                    fouten,
                    percentiel(gesorteerd, 50),
                    percentiel(gesorteerd, 95),
                    percentiel(gesorteerd, 99),
                    aantal == 0 ? Double.NaN : gesorteerd[aantal - 1] / 1e6,
                    aantal / (meten.toNanos() / 1e9));
        }

        /** Nearest rank: the smallest latency that at least p% of the requests did not exceed. */
        private static double percentiel(long[] gesorteerd, int p) {
            if (gesorteerd.length == 0) {
                return Double.NaN;
            }
            int rang = (int) Math.ceil(p / 100.0 * gesorteerd.length);
            return gesorteerd[Math.max(rang, 1) - 1] / 1e6;
        }
    }
}
