package vn.motcua.e2e;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the real SMTP server received for one address, in the order it arrived. */
final class Mailbox {
    record Mail(String subject, String text, String messageId) {}

    private Mailbox() {}

    /**
     * A real SMTP server on a free port that answers each command at once. GreenMail's sockets keep Nagle's
     * algorithm, and it writes a reply in two segments: the second waited for the client's delayed ACK, 40 ms per
     * command and about 230 ms per message, which made one notifier send about 4 emails a second.
     */
    static GreenMail server() {
        return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                Map<String, AbstractServer> services = new HashMap<>();
                for (ServerSetup setup : config) {
                    services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                        @Override
                        protected ProtocolHandler createProtocolHandler(Socket socket) {
                            try {
                                socket.setTcpNoDelay(true);
                            } catch (SocketException e) {
                                throw new UncheckedIOException(e);
                            }
                            return super.createProtocolHandler(socket);
                        }
                    });
                }
                return services;
            }
        };
    }

    static List<Mail> of(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase()))
                .map(Mailbox::read)
                .toList();
    }

    static List<String> subjects(GreenMail smtp, String address) {
        return of(smtp, address).stream().map(Mail::subject).toList();
    }

    /**
     * Every recipient's subjects (by lower-case address), in arrival order, from one read of the server: GreenMail
     * rebuilds each stored message on every read, so a test checking hundreds of addresses reads once, not once per
     * address.
     */
    static Map<String, List<String>> subjectsByRecipient(GreenMail smtp) {
        Map<String, List<String>> byRecipient = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String subject = subject(m);
            recipients(m)
                    .forEach(r -> byRecipient
                            .computeIfAbsent(r, x -> new java.util.ArrayList<>())
                            .add(subject));
        }
        return byRecipient;
    }

    /**
     * Every recipient's messages as subject → Message-IDs in arrival order, from one read of the server. The notifier
     * derives a message's Message-ID from its event and channel, so a message sent again after a crash carries the
     * same one (and a mail system shows it once), while a second message made from one event would not.
     */
    static Map<String, Map<String, List<String>>> messageIdsByRecipient(GreenMail smtp) {
        Map<String, Map<String, List<String>>> byRecipient = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String subject = subject(m);
            String messageId = messageId(m);
            recipients(m)
                    .forEach(r -> byRecipient
                            .computeIfAbsent(r, x -> new HashMap<>())
                            .computeIfAbsent(subject, x -> new java.util.ArrayList<>())
                            .add(messageId));
        }
        return byRecipient;
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients())
                    .map(a -> a.toString().toLowerCase())
                    .toList();
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage m) {
        try {
            return new Mail(m.getSubject(), m.getContent().toString(), m.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
