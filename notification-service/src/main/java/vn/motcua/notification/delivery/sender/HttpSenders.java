package vn.motcua.notification.delivery.sender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.motcua.notification.delivery.config.DeliverySettings;
import vn.motcua.notification.delivery.domain.Delivery;

/** SMS through the gateway and Zalo through ZNS: both HTTP, both judged by status code. */
public final class HttpSenders {
    private HttpSenders() {}

    interface Call {
        void run();
    }

    static void call(Call call) throws ProviderException {
        try {
            call.run();
        } catch (WebApplicationException e) {
            throw ProviderException.fromStatus(e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            throw new ProviderException(false, "provider unreachable or timed out", e);
        }
    }

    @ApplicationScoped
    public static class Sms implements ChannelSender {
        private final SmsGateway gateway;
        private final String apiKey;
        private final boolean mock;

        public Sms(@RestClient SmsGateway gateway, DeliverySettings settings) {
            this.gateway = gateway;
            this.apiKey = settings.sms().apiKey();
            this.mock = settings.sms().mock();
        }

        @Override
        public Delivery.Channel channel() {
            return Delivery.Channel.SMS;
        }

        @Override
        public void send(Delivery d, String reference) throws ProviderException {
            if (mock) {
                io.quarkus.logging.Log.infof(
                        "SMS not sent (notification.sms.mock): %s to %s", reference, d.recipientMasked);
                return;
            }
            call(() -> gateway.send(
                    "Bearer " + apiKey, reference, new SmsGateway.SmsMessage(d.address, d.body, reference)));
        }
    }

    @ApplicationScoped
    public static class Zalo implements ChannelSender {
        private final ZaloApi api;
        private final Optional<String> accessToken;
        private final Optional<String> templateId;

        public Zalo(@RestClient ZaloApi api, DeliverySettings settings) {
            this.api = api;
            this.accessToken = settings.zalo().accessToken();
            this.templateId = settings.zalo().templateId();
        }

        @Override
        public Delivery.Channel channel() {
            return Delivery.Channel.ZALO;
        }

        @Override
        public void send(Delivery d, String reference) throws ProviderException {
            if (accessToken.isEmpty() || templateId.isEmpty()) {
                throw new ProviderException(true, "Zalo is enabled without an access token and a template id", null);
            }
            String phone = d.address.startsWith("0") ? "84" + d.address.substring(1) : d.address.replace("+", "");
            call(() -> api.send(
                    accessToken.get(),
                    new ZaloApi.TemplateMessage(
                            phone,
                            templateId.get(),
                            Map.of("dossier_code", d.dossierCode, "text", d.body),
                            reference)));
        }
    }
}
