package vn.motcua.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.domain.SmsText;

class SmsTextTest {

    @Test
    void vietnameseLettersLoseTheirMarks() {
        assertEquals(
                "So Xay dung tinh Thai Nguyen xin loi: hen moi 16 gio 00 phut, ngay 10/12/2026.",
                SmsText.of("Sở Xây dựng tỉnh Thái Nguyên xin loi: hen moi 16 giờ 00 phút, ngày 10/12/2026."));
        assertEquals("DAC LAC", SmsText.of("ĐẮC LẮC"));
        assertEquals("Uy ban nhan dan xa Dai Phuc", SmsText.of("Ủy ban nhân dân xã Đại Phúc"));
        // Decomposed input (as some keyboards send it) folds the same.
        assertEquals("Nguyen", SmsText.of("Nguye\u0302\u0303n"));
    }

    @Test
    void foldedVietnameseIsGsm7AndUnfoldedIsNot() {
        String text =
                "Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên: da tiep nhan ho so 000.00.12.H57-261207-0001.";
        assertFalse(SmsText.isGsm7(text));
        assertTrue(SmsText.isGsm7(SmsText.of(text)));
        assertTrue(SmsText.isGsm7("Danh gia: https://motcua.thainguyen.gov.vn/#/danh-gia/aB3_x-9"));
    }

    @Test
    void segmentsAreCountedAsGatewaysBillThem() {
        assertEquals(1, SmsText.segments("a".repeat(160)));
        assertEquals(2, SmsText.segments("a".repeat(161)));
        assertEquals(2, SmsText.segments("a".repeat(306)));
        assertEquals(3, SmsText.segments("a".repeat(307)));
    }
}
