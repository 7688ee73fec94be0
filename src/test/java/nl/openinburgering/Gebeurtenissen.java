package nl.openinburgering;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run after the deciding transaction committed, on
 * their own thread: the inburgeringstermijn after a vaststelling, the consulent's assignment after a
 * registration. A test that checks such a reaction waits until the event publication registry holds no
 * incomplete publication any more.
 */
public final class Gebeurtenissen {

    private Gebeurtenissen() {}

    public static void afgehandeld(MockMvc mvc) {
        JdbcClient jdbc = mvc.getDispatcherServlet().getWebApplicationContext().getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
