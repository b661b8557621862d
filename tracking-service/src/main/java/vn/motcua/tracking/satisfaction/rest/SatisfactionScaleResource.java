package vn.motcua.tracking.satisfaction.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.satisfaction.domain.SatisfactionCriterion;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;

/** The rating scale and the criteria with their Vietnamese labels: the pages keep no copy of them. */
@Path("/api/satisfaction/scale")
@Produces(MediaType.APPLICATION_JSON)
public class SatisfactionScaleResource {
    public record Scale(Map<String, String> levels, Map<String, String> criteria) {}

    @GET
    @PermitAll
    @APIResponse(responseCode = "200", description = "Các mức đánh giá và các tiêu chí, với nhãn tiếng Việt")
    @Operation(summary = "The rating scale and the nine criteria, with the labels the pages show")
    public Scale scale() {
        Map<String, String> levels = new LinkedHashMap<>();
        Arrays.stream(SatisfactionLevel.values()).forEach(l -> levels.put(l.name(), l.label));
        Map<String, String> criteria = new LinkedHashMap<>();
        Arrays.stream(SatisfactionCriterion.values()).forEach(c -> criteria.put(c.name(), c.label));
        return new Scale(levels, criteria);
    }
}
