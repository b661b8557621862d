package vn.motcua.intake.web.config;

import io.smallrye.config.ConfigMapping;

/** What the web pages need to know at start: where to log in and where tracking answers. */
@ConfigMapping(prefix = "intake.web")
public interface WebSettings {
    /** The Keycloak realm's URL as the browser reaches it. */
    String oidcUrl();

    /** The public OIDC client of the pages (authorization code with PKCE). */
    String clientId();

    /** tracking-service's URL as the browser reaches it (CORS allows this service's origin there). */
    String trackingUrl();
}
