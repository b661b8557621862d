package vn.motcua.notification.message.service;

import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.message.domain.MessageData;
import vn.motcua.notification.message.domain.MessageKind;

/**
 * Renders the Qute templates in resources/templates/messages: "{kind}.txt" is an email whose first line is
 * its subject, "{kind}.sms.txt" the short text for SMS and Zalo.
 */
@ApplicationScoped
public class NotificationTemplates {
    public record Email(String subject, String body) {}

    private final Engine engine;

    public NotificationTemplates(Engine engine) {
        this.engine = engine;
    }

    public Email email(MessageKind kind, MessageData data) {
        String text = render("messages/" + kind.template + ".txt", data);
        int newline = text.indexOf('\n');
        return new Email(
                text.substring(0, newline).strip(), text.substring(newline + 1).strip() + "\n");
    }

    public String sms(MessageKind kind, MessageData data) {
        return render("messages/" + kind.template + ".sms.txt", data).strip();
    }

    private String render(String id, MessageData data) {
        var template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("no template " + id);
        }
        return template.data("d", data).render();
    }
}
