package vn.motcua.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.notification.delivery.domain.Delivery;
import vn.motcua.notification.security.ApplicantIdHash;

/** Writes delivery-log rows directly, for the tests of who may read them. */
public final class DeliveryLogFixture {
    private DeliveryLogFixture() {}

    public static String dossierWithDeliveries(String agency, String applicantId) {
        String code = agency + "-261128-" + UUID.randomUUID().toString().substring(0, 4);
        QuarkusTransaction.requiringNew().run(() -> {
            for (Delivery.Channel channel : new Delivery.Channel[] {Delivery.Channel.EMAIL, Delivery.Channel.SMS}) {
                Delivery d = new Delivery();
                d.eventId = UUID.randomUUID().toString();
                d.channel = channel;
                d.dossierCode = code;
                d.agencyCode = agency;
                d.applicantIdHash = ApplicantIdHash.withKeys(
                                ConfigProvider.getConfig().getValue("notification.applicant-id.keys", String.class))
                        .of(applicantId);
                d.template = "DOSSIER_RECEIVED";
                d.recipientMasked = channel == Delivery.Channel.EMAIL ? "a***@example.vn" : "091****678";
                d.status = Delivery.Status.SENT;
                d.attempts = 1;
                d.createdAt = Instant.now();
                d.sentAt = d.createdAt;
                d.persist();
            }
        });
        return code;
    }
}
