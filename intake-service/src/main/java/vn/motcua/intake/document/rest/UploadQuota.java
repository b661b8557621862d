package vn.motcua.intake.document.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.DomainException.Kind;
import vn.motcua.intake.common.domain.FieldError;
import vn.motcua.intake.document.service.FileStore;

/**
 * What one citizen may upload in 24 hours (files and bytes), so one account cannot fill the database. Officers
 * scanning at the counter are not counted. Checked before the upload is stored; two uploads racing at the edge
 * may both pass, which the margin of the limits absorbs.
 */
@ApplicationScoped
public class UploadQuota {
    static final Duration WINDOW = Duration.ofHours(24);
    private final FileStore files;
    private final Clock clock;
    private final long maxFiles;
    private final long maxBytes;

    public UploadQuota(
            FileStore files,
            Clock clock,
            @ConfigProperty(name = "intake.files.citizen-daily-files") long maxFiles,
            @ConfigProperty(name = "intake.files.citizen-daily-bytes") long maxBytes) {
        this.files = files;
        this.clock = clock;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    void check(String owner, long size) {
        Instant now = clock.instant();
        FileStore.Usage used = files.usedSince(owner, now.minus(WINDOW));
        if (used.files() + 1 > maxFiles || used.bytes() + size > maxBytes) {
            // The quota frees up as the oldest upload of the window ages out of it.
            long seconds = used.oldest()
                    .map(o -> Duration.between(now, o.plus(WINDOW)).toSeconds())
                    .orElse(60L);
            throw new DomainException(
                            Kind.TOO_MANY,
                            "Vượt hạn mức tải lên",
                            "Mỗi tài khoản được tải lên tối đa " + maxFiles + " tệp hoặc " + maxBytes / (1024 * 1024)
                                    + " MB trong 24 giờ; vui lòng thử lại sau.",
                            List.of(new FieldError("file", "vượt hạn mức tải lên trong 24 giờ")))
                    .retryAfter(Math.max(1, seconds));
        }
    }
}
