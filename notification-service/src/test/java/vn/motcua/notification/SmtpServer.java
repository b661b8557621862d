package vn.motcua.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail) in the test JVM; tests read what it received. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {
    public static GreenMail mail;

    @Override
    public Map<String, String> start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return Map.of(
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                Integer.toString(mail.getSmtp().getPort()));
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.stop();
        }
    }
}
