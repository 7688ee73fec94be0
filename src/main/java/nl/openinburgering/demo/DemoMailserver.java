package nl.openinburgering.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import nl.openinburgering.portaal.Postvak;

/**
 * The demo's embedded SMTP server (GreenMail, ADR 0012): the portal's notifications go there instead of to real
 * people, and the functioneel beheerder reads them on {@code /beheer/meldingen}. It listens on a free port on
 * the loopback address only, so parallel runs on one machine never collide, and the demo's mail sender points at
 * it. Productie configures {@code spring.mail.*} for the gemeente's own mail server instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = "openinburgering.demo.mailserver", havingValue = "true", matchIfMissing = true)
class DemoMailserver {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return server;
    }

    @Bean
    JavaMailSender demoMailverzender(GreenMail server) {
        JavaMailSenderImpl verzender = new JavaMailSenderImpl();
        verzender.setHost("127.0.0.1");
        verzender.setPort(server.getSmtp().getPort());
        verzender.setDefaultEncoding("UTF-8");
        return verzender;
    }

    @Bean
    Postvak demoPostvak(GreenMail server) {
        return () -> {
            List<Postvak.Ontvangen> ontvangen = new ArrayList<>();
            MimeMessage[] berichten = server.getReceivedMessages();
            for (int i = berichten.length - 1; i >= 0; i--) {
                ontvangen.add(lees(berichten[i]));
            }
            return ontvangen;
        };
    }

    private static Postvak.Ontvangen lees(MimeMessage bericht) {
        try {
            Instant op = bericht.getSentDate() == null
                    ? Instant.EPOCH
                    : bericht.getSentDate().toInstant();
            String aan = String.valueOf(bericht.getRecipients(Message.RecipientType.TO)[0]);
            Object inhoud = bericht.getContent();
            String tekst = inhoud instanceof String s ? s : GreenMailUtil.getBody(bericht);
            return new Postvak.Ontvangen(op, aan, bericht.getSubject(), tekst);
        } catch (MessagingException | java.io.IOException onleesbaar) {
            return new Postvak.Ontvangen(Instant.EPOCH, "?", "(onleesbaar)", "");
        }
    }
}
