package vn.motcua.tracking.security;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The ID-number keys, from APPLICANT_ID_KEYS in production (no default: the service does not start without). */
@ConfigMapping(prefix = "tracking.applicant-id")
public interface ApplicantIdKeys {
    /** {@code id:secret[,id:secret…]}, the current key first. */
    String keys();

    /** The hash every part of the service uses; a bad key list fails start-up. */
    @ApplicationScoped
    class Producer {
        @Produces
        @ApplicationScoped
        ApplicantIdHash applicantIdHash(ApplicantIdKeys settings) {
            return ApplicantIdHash.withKeys(settings.keys());
        }
    }
}
