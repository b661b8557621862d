package vn.motcua.notification;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The stubs every @QuarkusTest of this module runs against, started once for the whole suite: the OIDC server that
 * signs test tokens and consumer groups of its own at the end of each topic.
 * Declared here, not on a helper, so that what a test depends on is in one obvious place.
 */
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ConsumerGroups.class, scope = TestResourceScope.GLOBAL)
final class TestStubs {
    private TestStubs() {}
}
