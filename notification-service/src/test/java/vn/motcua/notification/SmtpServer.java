package vn.motcua.notification;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

/** A real SMTP server (GreenMail) in the test JVM; tests read what it received. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {
    public static GreenMail mail;

    @Override
    public Map<String, String> start() {
        mail = started();
        return Map.of(
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                Integer.toString(mail.getSmtp().getPort()));
    }

    /**
     * GreenMail on a free port, answering each command at once. Its sockets keep Nagle's algorithm and it writes a
     * reply in two segments, so each command waited 40 ms for the client's delayed ACK (about 230 ms a message).
     */
    public static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                Map<String, AbstractServer> services = new HashMap<>();
                for (ServerSetup setup : config) {
                    services.put(setup.getProtocol(), new com.icegreen.greenmail.smtp.SmtpServer(setup, managers) {
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
        server.start();
        return server;
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.stop();
        }
    }
}
