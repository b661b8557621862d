package vn.motcua.intake.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.intake.web.config.WebSettings;

/** Read by the pages (index.html, can-bo.html) before anything else; public, no personal data. */
@Path("/api/web-config")
public class WebConfigResource {
    private final WebSettings settings;

    public WebConfigResource(WebSettings settings) {
        this.settings = settings;
    }

    public record WebConfig(String oidcUrl, String clientId, String trackingUrl) {}

    @PermitAll
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Địa chỉ đăng nhập và địa chỉ của tracking-service cho các trang")
    @Operation(summary = "Where the web pages log in and reach tracking-service")
    public WebConfig config() {
        return new WebConfig(settings.oidcUrl(), settings.clientId(), settings.trackingUrl());
    }
}
