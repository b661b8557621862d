package vn.motcua.e2e;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** What the real SMTP server received for one address, in the order it arrived. */
final class Mailbox {
    record Mail(String subject, String text) {}

    private Mailbox() {}

    static List<Mail> of(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m, address))
                .map(Mailbox::read)
                .toList();
    }

    static List<String> subjects(GreenMail smtp, String address) {
        return of(smtp, address).stream().map(Mail::subject).toList();
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Mail read(MimeMessage m) {
        try {
            return new Mail(m.getSubject(), m.getContent().toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
