package vn.motcua.notification.delivery.sender;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** An HTTP SMS gateway: POST {base}/messages with {to, text, reference}, authenticated by an API key. */
@RegisterRestClient(configKey = "sms")
@Path("/messages")
public interface SmsGateway {
    record SmsMessage(String to, String text, String reference) {}

    @POST
    void send(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String reference,
            SmsMessage message);
}
