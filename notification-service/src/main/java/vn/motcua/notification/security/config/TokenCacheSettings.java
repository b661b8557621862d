package vn.motcua.notification.security.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "notification.token-cache")
public interface TokenCacheSettings {
    /** Verified bearer tokens kept at once; 0 verifies every request's token afresh. */
    int maxSize();

    /**
     * How long a verified token is believed without checking its signature again (never past its own expiry): the
     * longest a key removed from the realm's key set still lets a token it signed in.
     */
    Duration maxAge();
}
