package vn.motcua.notification.delivery.sender;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The mailer's own log stays shut outside dev: mocked (SMTP_MOCK, as on the local stack) it writes every message at
 * INFO with the citizen's address, full name and dossier code (397,781 of them in the local stack's log on 4 Dec).
 */
@QuarkusTest
class MailerLogTest {

    @Test
    void aMockedMailerDoesNotLogTheMessagesItWouldSend() {
        Logger mailer = Logger.getLogger("quarkus-mailer");
        assertFalse(mailer.isLoggable(Level.INFO), "the mock mailer's message dump (address, name, body)");
        assertTrue(mailer.isLoggable(Level.WARNING), "the mailer's warnings and errors are still logged");
    }
}
