package vn.motcua.notification.delivery.sender;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.delivery.domain.Delivery;

/** Email over SMTP (quarkus-mailer); the Message-ID is derived from the event, so a resend is recognisable. */
@ApplicationScoped
public class EmailSender implements ChannelSender {
    private final Mailer mailer;

    public EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Delivery.Channel channel() {
        return Delivery.Channel.EMAIL;
    }

    @Override
    public void send(Delivery d, String reference) throws ProviderException {
        try {
            mailer.send(
                    Mail.withText(d.address, d.subject, d.body).addHeader("Message-ID", "<" + reference + "@motcua>"));
        } catch (RuntimeException e) {
            // SMTP failures are mostly transient (server away, greylisting): retried with back-off.
            throw new ProviderException(false, "SMTP: " + e.getClass().getSimpleName(), e);
        }
    }
}
