package nl.openinburgering.bewijs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;

import nl.openinburgering.shared.Bsn;

/**
 * Issue 19, point 8: no BSN in any log line during the whole test suite.
 *
 * <p>{@code logback-test.xml} puts {@link BsnLogAppender} on the root logger beside the console, in every test
 * context, so it sees every log event of the run from every thread. This extension, registered for every test
 * class through JUnit's extension auto-detection ({@code junit-platform.properties} and
 * {@code META-INF/services}), fails the test during which a BSN was logged. Two things are looked at:
 *
 * <ul>
 *   <li>the line as it is written: the event rendered by the console appender's own encoder, so with the
 *       masking pattern of {@code application.yml}. A nine-digit number that passes the elfproef there, also
 *       written with dots or spaces ({@code 9999.96.708}), fails the test that was running;
 *   <li>the raw event (message and every exception message in the chain), before masking: a BSN there fails
 *       the test as well, because the application must not hand a BSN to the logger in the first place; the
 *       masking is the safety net, not the control. The only exception is the one test that proves the
 *       masking by logging a BSN on purpose ({@link #OPZETTELIJK}).
 * </ul>
 *
 * The totals go to {@code target/bewijs/logscan.txt} when the test JVM stops.
 */
public class BsnLogWachter implements AfterEachCallback, AfterAllCallback {

    /** Loggers that log a BSN on purpose, to prove the masking; their rendered line is still checked. */
    static final List<String> OPZETTELIJK = List.of("nl.openinburgering.platform.LogMaskeringIntegrationTests");

    // Not inside a hexadecimal run: a trace id, span id or UUID in the log line ("[3e1f…]") may hold nine digits
    // in a row that pass the elfproef by chance; that is no BSN, and matching it made the watcher fail at random.
    static final Pattern NEGEN_CIJFERS =
            Pattern.compile("(?<![0-9a-fA-F])([0-9]{4})[. ]?([0-9]{2})[. ]?([0-9]{3})(?![0-9a-fA-F])");

    static final AtomicLong REGELS = new AtomicLong();
    static final AtomicLong RUW_GEMASKEERD = new AtomicLong();
    static final AtomicLong OVERTREDINGEN = new AtomicLong();
    static final ConcurrentLinkedQueue<String> NIEUW = new ConcurrentLinkedQueue<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BsnLogWachter::schrijfVerslag));
    }

    /** Called by {@link BsnLogAppender} for every event of every logger of the test run. */
    static void bekijk(ILoggingEvent event) {
        REGELS.incrementAndGet();
        String geschreven = weergave(event);
        String bsn = vindBsn(geschreven);
        if (bsn != null) {
            melding("written", event, bsn);
            return;
        }
        bsn = vindBsn(ruweTekst(event));
        if (bsn != null) {
            if (OPZETTELIJK.contains(event.getLoggerName())) {
                RUW_GEMASKEERD.incrementAndGet();
            } else {
                melding("handed to the logger", event, bsn);
            }
        }
    }

    private static void melding(String waar, ILoggingEvent event, String bsn) {
        OVERTREDINGEN.incrementAndGet();
        NIEUW.add("a BSN (%s) %s by %s on %s: %s"
                .formatted(
                        "*".repeat(6) + bsn.substring(6),
                        waar,
                        event.getLoggerName(),
                        event.getThreadName(),
                        event.getMessage()));
    }

    /** The event as the console appender writes it (with the masking pattern), or the plain message. */
    static String weergave(ILoggingEvent event) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (var it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (appender instanceof OutputStreamAppender<ILoggingEvent> uitvoer && uitvoer.getEncoder() != null) {
                Encoder<ILoggingEvent> encoder = uitvoer.getEncoder();
                byte[] bytes = encoder.encode(event);
                if (bytes != null) {
                    return new String(bytes, StandardCharsets.UTF_8);
                }
            }
        }
        return ruweTekst(event);
    }

    static String ruweTekst(ILoggingEvent event) {
        StringBuilder tekst = new StringBuilder(String.valueOf(event.getFormattedMessage()));
        List<IThrowableProxy> gezien = new ArrayList<>();
        IThrowableProxy fout = event.getThrowableProxy();
        while (fout != null && !gezien.contains(fout)) {
            gezien.add(fout);
            tekst.append('\n').append(fout.getClassName()).append(": ").append(fout.getMessage());
            for (IThrowableProxy onderdrukt : fout.getSuppressed()) {
                tekst.append('\n').append(onderdrukt.getMessage());
            }
            fout = fout.getCause();
        }
        return tekst.toString();
    }

    /** The first nine-digit number (bare or as 1234.56.789) that passes the elfproef, or null. */
    static String vindBsn(String tekst) {
        Matcher m = NEGEN_CIJFERS.matcher(tekst);
        while (m.find()) {
            String cijfers = m.group(1) + m.group(2) + m.group(3);
            if (Bsn.voldoetAanElfproef(cijfers)) {
                return cijfers;
            }
        }
        return null;
    }

    static void controleer(ExtensionContext context) {
        List<String> meldingen = new ArrayList<>();
        for (String melding; (melding = NIEUW.poll()) != null; ) {
            meldingen.add(melding);
        }
        if (!meldingen.isEmpty()) {
            throw new AssertionError(
                    "BSN in the log during " + context.getDisplayName() + ":\n" + String.join("\n", meldingen));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        controleer(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        controleer(context);
    }

    static void schrijfVerslag() {
        try {
            Path map = Path.of("target", "bewijs");
            Files.createDirectories(map);
            Files.writeString(
                    map.resolve("logscan-" + ProcessHandle.current().pid() + ".txt"),
                    "log events scanned: %d%nBSN violations: %d%nBSNs logged on purpose and masked: %d%n"
                            .formatted(REGELS.get(), OVERTREDINGEN.get(), RUW_GEMASKEERD.get()));
        } catch (IOException e) {
            // the report is a convenience; the failing test is the control
        }
    }
}
