package vn.motcua.notification.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token verified before from {@link VerifiedTokens}, ahead of the OIDC provider; a token it does
 * not know (null) goes on to be verified as usual, and {@link VerifiedTokenRecorder} keeps the result.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private final TokenCache tokens;

    public CachedTokenIdentityProvider(TokenCache tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider (the default priority, 1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext ctx) {
        if (request.getToken() == null || request.getToken().getToken() == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom()
                .item(tokens.verified()
                        .flatMap(v -> v.find(
                                request.getToken().getToken(), HttpSecurityUtils.getRoutingContextAttribute(request)))
                        .orElse(null));
    }
}
