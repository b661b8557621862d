package vn.motcua.intake.web.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import vn.motcua.intake.web.config.WebSettings;

/**
 * The pages' Content-Security-Policy: scripts, styles and everything else from this origin only (keycloak-js is
 * served from here); the pages may call only this service, Keycloak and tracking, whose origins come from the
 * same settings the pages are given; never framed, no plugins. Built at start from the environment's URLs.
 */
@Singleton
public class ContentSecurityPolicy {
    private final String policy;

    public ContentSecurityPolicy(WebSettings web) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                + " connect-src 'self' " + origin(web.oidcUrl()) + " " + origin(web.trackingUrl()) + ";"
                + " frame-src 'none'; frame-ancestors 'none'; form-action 'self'; object-src 'none'; base-uri 'self'";
    }

    static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> ctx.response().putHeader("Content-Security-Policy", policy));
            ctx.next();
        });
    }
}
