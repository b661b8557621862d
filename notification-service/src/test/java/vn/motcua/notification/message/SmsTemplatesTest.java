package vn.motcua.notification.message;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.domain.Addressee;
import vn.motcua.notification.message.domain.MessageData;
import vn.motcua.notification.message.domain.MessageKind;
import vn.motcua.notification.message.domain.SmsText;
import vn.motcua.notification.message.service.NotificationTemplates;

/**
 * Every applicant's SMS, with the longest names and dates it carries, goes as GSM-7 in at most two segments, and a
 * business or an organisation is never called "Ong/Ba" (as the emails, it reads "Quy doanh nghiep" and so on).
 */
@QuarkusTest
class SmsTemplatesTest {
    @Inject
    NotificationTemplates templates;

    @Test
    void everySmsIsGsm7InAtMostTwoSegments() {
        for (boolean restarts : new boolean[] {false, true}) {
            for (Addressee to : List.of(
                    Addressee.of(Addressee.CITIZEN, "Nguyễn Thị Phương Thảo"),
                    Addressee.of(Addressee.BUSINESS, "Công ty Cổ phần Đầu tư Xây dựng và Thương mại Hồng Hà"),
                    Addressee.of(Addressee.ORGANISATION, "Hội Nông dân xã Tân Cương"))) {
                MessageData data = new MessageData(
                        "000.40.30.H57-261207-012345",
                        to,
                        "Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên",
                        "Cấp giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II",
                        "11 giờ 30 phút, ngày 31/12/2026",
                        "Thửa đất đang có tranh chấp",
                        List.of("Bản sao Căn cước công dân có chứng thực"),
                        "16 giờ 00 phút, ngày 15/01/2027",
                        "trước hạn",
                        "https://dichvucong.thainguyen.gov.vn/#/danh-gia/" + "aB3_x-9".repeat(9),
                        restarts);
                Arrays.stream(MessageKind.values()).filter(k -> !k.forOfficers).forEach(kind -> {
                    String sms = SmsText.of(templates.sms(kind, data));
                    assertTrue(SmsText.isGsm7(sms), kind + " is not GSM-7: " + sms);
                    assertTrue(SmsText.segments(sms) <= 2, kind + " takes " + sms.length() + " characters: " + sms);
                    assertTrue(
                            to.you().equals("Ông/Bà") || !sms.contains("Ong/Ba"),
                            kind + " calls " + to.salutation() + " Ong/Ba: " + sms);
                });
            }
        }
    }
}
