package vn.motcua.intake;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A test-only endpoint someone forgot to annotate: it must be refused, not public by default. */
@Path("/api/test-probe/unannotated")
public class UnannotatedProbe {
    @GET
    public String secret() {
        return "this should never be served";
    }
}
