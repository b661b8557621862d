package vn.motcua.notification.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.notification.agency.service.AgencyMailboxes;
import vn.motcua.notification.common.persistence.CommittedCounters;
import vn.motcua.notification.delivery.config.DeliverySettings;
import vn.motcua.notification.delivery.domain.Delivery;
import vn.motcua.notification.message.domain.MessageData;
import vn.motcua.notification.message.domain.MessageKind;
import vn.motcua.notification.message.domain.QuietHours;
import vn.motcua.notification.message.domain.SmsText;
import vn.motcua.notification.message.service.NotificationTemplates;
import vn.motcua.notification.recipient.domain.Recipient;

/**
 * Turns one event into its deliveries, in the consuming transaction: a row per channel the recipient has,
 * keyed by (event id, channel), text rendered now, written at the commit ({@link PlannedDeliveries}). The
 * worker sends them; a redelivered event finds its rows already there.
 */
@ApplicationScoped
public class DeliveryPlanner {
    private final NotificationTemplates templates;
    private final DeliverySettings settings;
    private final CommittedCounters counters;

    private final AgencyMailboxes mailboxes;
    private final PlannedDeliveries deliveries;

    public DeliveryPlanner(
            NotificationTemplates templates,
            DeliverySettings settings,
            CommittedCounters counters,
            AgencyMailboxes mailboxes,
            PlannedDeliveries deliveries) {
        this.mailboxes = mailboxes;
        this.deliveries = deliveries;
        this.templates = templates;
        this.settings = settings;
        this.counters = counters;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Delivery> plan(
            String eventId, MessageKind kind, Recipient r, String holdingAgency, MessageData data, Instant now) {
        List<Delivery> planned = new ArrayList<>();
        var email = templates.email(kind, data);
        if (kind.forOfficers) {
            // Officers' warnings go to the mailbox of the agency holding the dossier now (its successor's after a
            // merger).
            planned.add(row(
                    eventId,
                    Delivery.Channel.EMAIL,
                    kind,
                    r,
                    mailboxes.mailboxOf(holdingAgency) + "@" + settings.agencyMailboxDomain(),
                    email.subject(),
                    email.body(),
                    now));
            return planned;
        }
        if (r.email != null && !r.email.isBlank()) {
            planned.add(row(eventId, Delivery.Channel.EMAIL, kind, r, r.email, email.subject(), email.body(), now));
        }
        if (r.phone != null && !r.phone.isBlank()) {
            String text = templates.sms(kind, data);
            // The SMS goes as GSM-7: the names and dates put into the template would make it UCS-2 (Zalo takes both).
            planned.add(row(eventId, Delivery.Channel.SMS, kind, r, r.phone, null, SmsText.of(text), now));
            if (settings.zalo().enabled()) {
                planned.add(row(eventId, Delivery.Channel.ZALO, kind, r, r.phone, null, text, now));
            }
        }
        return planned;
    }

    private Delivery row(
            String eventId,
            Delivery.Channel channel,
            MessageKind kind,
            Recipient r,
            String address,
            String subject,
            String body,
            Instant now) {
        Delivery d = new Delivery();
        d.eventId = eventId;
        d.channel = channel;
        d.dossierCode = r.dossierCode;
        d.agencyCode = r.agencyCode;
        d.applicantIdHash = kind.forOfficers ? null : r.applicantIdHash;
        d.template = kind.template;
        d.address = address;
        d.recipientMasked = Masking.address(address);
        d.subject = subject;
        d.body = body;
        d.attempts = 0;
        d.createdAt = now;
        Optional<Instant> hold = channel == Delivery.Channel.EMAIL
                ? Optional.empty()
                : quietHours().holdUntil(now);
        d.status = hold.isPresent() ? Delivery.Status.HELD : Delivery.Status.PENDING;
        d.nextAttemptAt = hold.orElse(now);
        if (hold.isPresent()) {
            counters.increment("notification_held_total", "channel", channel.name());
        }
        deliveries.add(d); // written with the transaction's other deliveries, just before it commits
        return d;
    }

    private QuietHours quietHours() {
        return new QuietHours(
                settings.quietHours().start(), settings.quietHours().end(), settings.zone());
    }
}
