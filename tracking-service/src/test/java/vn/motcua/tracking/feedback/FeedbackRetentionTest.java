package vn.motcua.tracking.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.feedback.domain.Feedback;
import vn.motcua.tracking.feedback.domain.FeedbackVerdict;
import vn.motcua.tracking.feedback.service.FeedbackDesk;
import vn.motcua.tracking.feedback.service.FeedbackRetention;

/**
 * The authors' contacts are erased 365 days after the answer (the configured retention), and only theirs: what
 * was said and answered stays, unanswered feedback keeps its contact. Dates in January 2025, which no other test uses.
 */
@QuarkusTest
class FeedbackRetentionTest {
    static final String AGENCY = "000.21.30.H57";
    static final String PHONE = "0912000555";

    @Inject
    FeedbackDesk desk;

    @Inject
    FeedbackRetention retention;

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    Feedback file() {
        return desk.file(
                new FeedbackDesk.Filing(
                        AGENCY,
                        Optional.empty(),
                        "Hà Thị Bình",
                        Optional.of("binh@example.vn"),
                        Optional.of(PHONE),
                        "Chờ lâu ở quầy."),
                at("2025-01-06T09:00:00"));
    }

    static Feedback reload(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>findById(code));
    }

    @Test
    void contactsAreErasedAYearAfterTheAnswerAndNothingElse() {
        String old = file().code;
        desk.answer(old, "Đã xử lý.", "Cán bộ", f -> true, at("2025-01-08T09:00:00"));
        desk.verdict(old, PHONE, FeedbackVerdict.SATISFIED, at("2025-01-08T10:00:00"));
        String recent = file().code;
        desk.answer(recent, "Đã xử lý.", "Cán bộ", f -> true, at("2025-01-13T09:00:00"));
        String open = file().code;

        Instant now = at("2026-01-10T00:00:00"); // 365 days after 2025-01-10
        retention.erase(now);

        Feedback erased = reload(old);
        assertNull(erased.contactName);
        assertNull(erased.contactEmail);
        assertNull(erased.contactPhone);
        assertEquals(now, erased.contactErasedAt);
        assertEquals("Chờ lâu ở quầy.", erased.content);
        assertEquals("Đã xử lý.", erased.answer);
        assertEquals(FeedbackVerdict.SATISFIED, erased.verdict);
        for (String kept : new String[] {recent, open}) {
            Feedback f = reload(kept);
            assertEquals("Hà Thị Bình", f.contactName, kept);
            assertEquals(PHONE, f.contactPhone, kept);
            assertNull(f.contactErasedAt, kept);
        }
        // The erased contact opens nothing any more; the kept ones still do.
        assertThrows(DomainException.class, () -> desk.forContact(old, PHONE));
        assertNotNull(desk.forContact(recent, PHONE));
        assertEquals(0, retention.erase(now), "a second run finds nothing left to erase");

        String item = "items.find { it.code == '" + old + "' }";
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .get("/api/feedback")
                .then()
                .statusCode(200)
                .body(item + ".contactErased", equalTo(true))
                .body(item + ".contactName", nullValue())
                .body(item + ".content", equalTo("Chờ lâu ở quầy."));
    }
}
