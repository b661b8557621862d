package vn.motcua.intake.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.DomainException.Kind;
import vn.motcua.intake.common.domain.FieldError;
import vn.motcua.intake.document.domain.DocumentType;
import vn.motcua.intake.document.service.FileStore;
import vn.motcua.intake.security.Caller;

/** One document per request (PDF, PNG or JPEG by content), at most intake.files.max-bytes. */
@Path("/api/files")
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {
    private final FileStore files;
    private final Caller caller;
    private final long maxBytes;
    private final UploadQuota quota;

    public FileResource(
            FileStore files,
            Caller caller,
            @ConfigProperty(name = "intake.files.max-bytes") long maxBytes,
            UploadQuota quota) {
        this.files = files;
        this.caller = caller;
        this.maxBytes = maxBytes;
        this.quota = quota;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"citizen", "officer"})
    @APIResponse(
            responseCode = "201",
            description = "Tệp đã lưu: mã tệp dùng cho documents[].fileId",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = FileStore.Stored.class)))
    @APIResponse(responseCode = "400", description = "Cần đúng một tệp trong trường file")
    @APIResponse(responseCode = "413", description = "Tệp quá lớn")
    @APIResponse(responseCode = "415", description = "Không phải PDF, PNG hoặc JPEG (kiểm tra theo nội dung)")
    @APIResponse(
            responseCode = "429",
            description = "Vượt hạn mức tải lên trong 24 giờ: thử lại sau số giây trong Retry-After")
    @Operation(summary = "Upload one document (multipart field `file`); answers its id for documents[].fileId")
    public Response upload(@RestForm("file") FileUpload file) throws IOException, NoSuchAlgorithmException {
        if (file == null) {
            throw DomainException.invalid("file", "cần đúng một tệp trong trường file");
        }
        if (file.size() > maxBytes) {
            throw new DomainException(
                    Kind.TOO_LARGE,
                    "Tệp quá lớn",
                    "Mỗi tệp tối đa " + maxBytes / (1024 * 1024) + " MB.",
                    List.of(new FieldError("file", "tệp quá lớn")));
        }
        if (caller.is("citizen")) {
            quota.check(caller.name(), file.size());
        }
        byte[] content = Files.readAllBytes(file.uploadedFile());
        DocumentType type = DocumentType.sniff(content)
                .orElseThrow(() -> new DomainException(
                        Kind.UNSUPPORTED_TYPE,
                        "Loại tệp không được chấp nhận",
                        "Chỉ nhận tệp PDF, PNG hoặc JPEG (kiểm tra theo nội dung tệp).",
                        List.of(new FieldError("file", "không phải PDF, PNG hoặc JPEG"))));
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        FileStore.Stored stored = files.save(caller.name(), type.contentType, content, sha256);
        return Response.created(URI.create("/api/files/" + stored.id()))
                .entity(stored)
                .build();
    }
}
