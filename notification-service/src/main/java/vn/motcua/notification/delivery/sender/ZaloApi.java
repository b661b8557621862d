package vn.motcua.notification.delivery.sender;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Zalo's template message API (ZNS): a message by phone number, with the OA's access token. */
@RegisterRestClient(configKey = "zalo")
@Path("/message/template")
public interface ZaloApi {
    record TemplateMessage(String phone, String template_id, Map<String, String> template_data, String tracking_id) {}

    @POST
    void send(@HeaderParam("access_token") String accessToken, TemplateMessage message);
}
