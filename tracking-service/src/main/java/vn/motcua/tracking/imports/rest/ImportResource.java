package vn.motcua.tracking.imports.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.imports.service.LegacyImport;

/**
 * Legacy history import: NDJSON in, one dossier timeline a line; NDJSON out, one result a line as it is
 * decided, then a summary line. Send large histories in several requests (the body limit applies).
 */
@Path("/api/import")
public class ImportResource {
    private final LegacyImport importer;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public ImportResource(LegacyImport importer, ObjectMapper json, SecurityIdentity identity) {
        this.importer = importer;
        this.json = json;
        this.identity = identity;
    }

    @POST
    @Consumes({"application/x-ndjson", "application/jsonl", "text/plain"})
    @Produces("application/x-ndjson")
    @RolesAllowed("admin")
    @APIResponse(
            responseCode = "200",
            description = "Báo cáo từng dòng (NDJSON): đã nhập, bỏ qua vì đã có, hoặc lỗi và lý do",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "Nội dung không đọc được")
    @Operation(summary = "Import legacy dossier timelines (NDJSON); answers a per-line report")
    public StreamingOutput importHistory(InputStream body) {
        String actor = identity.getPrincipal().getName();
        return output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            long[] counts = importer.run(reader, actor, r -> {
                try {
                    writer.write(json.writeValueAsString(r));
                    writer.write('\n');
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.write(
                    json.writeValueAsString(Map.of("summary", Map.of("accepted", counts[0], "rejected", counts[1]))));
            writer.write('\n');
            writer.flush();
        };
    }
}
