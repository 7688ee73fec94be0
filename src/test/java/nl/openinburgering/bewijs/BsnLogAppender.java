package nl.openinburgering.bewijs;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/** The appender of {@code logback-test.xml} that hands every log event to {@link BsnLogWachter}. */
public class BsnLogAppender extends AppenderBase<ILoggingEvent> {

    @Override
    protected void append(ILoggingEvent event) {
        BsnLogWachter.bekijk(event);
    }
}
