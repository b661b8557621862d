package vn.motcua.intake.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicantRulesTest {
    static final Year NOW = Year.of(2026);

    @ParameterizedTest
    @ValueSource(strings = {"019095012345", "001301000123", "079199000001", "096020123456", "001200000123"})
    void validCitizenIds(String id) {
        assertTrue(ApplicantRules.citizenIdProblem(id, NOW).isEmpty(), id);
    }

    @ParameterizedTest
    @CsvSource({
        "01909501234,   đúng 12 chữ số",
        "0190950123456, đúng 12 chữ số",
        "01909501234a,  đúng 12 chữ số",
        "003095012345,  mã tỉnh", // 003 is not a province code
        "097095012345,  mã tỉnh",
        "019395012345,  năm sinh", // born 2095: in the future
        "019885012345,  năm sinh"
    }) // born 1885: 141 years old
    void invalidCitizenIdsSayWhy(String id, String reason) {
        String problem = ApplicantRules.citizenIdProblem(id, NOW).orElseThrow();
        assertTrue(problem.contains(reason.strip()), problem);
    }

    @Test
    void missingCitizenIdIsAProblem() {
        assertTrue(ApplicantRules.citizenIdProblem(null, NOW).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "091 234 5678", "0912.345.678", "0387654321", "0567654321"})
    void validMobiles(String phone) {
        assertTrue(ApplicantRules.phoneProblem(phone).isEmpty(), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"091234567", "09123456789", "0212345678", "84912345678", "+840912345678", "phone"})
    void invalidMobiles(String phone) {
        assertTrue(ApplicantRules.phoneProblem(phone).isPresent(), phone);
    }

    @Test
    void phonesAreStoredInTheirDomesticForm() {
        assertEquals("0912345678", ApplicantRules.normalisePhone("+84 912 345 678"));
        assertEquals("0912345678", ApplicantRules.normalisePhone("0912.345.678"));
    }

    @Test
    void taxCodesHaveTenOrThirteenDigits() {
        assertTrue(ApplicantRules.taxCodeProblem("4600123456").isEmpty());
        assertTrue(ApplicantRules.taxCodeProblem("4600123456-001").isEmpty());
        assertTrue(ApplicantRules.taxCodeProblem("460012345").isPresent());
        assertTrue(ApplicantRules.taxCodeProblem("4600123456001").isPresent());
    }

    @Test
    void aLookupReadsThirteenDigitsTypedTogetherAsABranchTaxCode() {
        assertEquals("4600123456-001", ApplicantRules.lookupId("4600123456001"));
        assertEquals("4600123456-001", ApplicantRules.lookupId(" 4600123456 001 "));
        assertEquals("4600123456-001", ApplicantRules.lookupId("4600123456-001"));
        assertEquals("4600123456", ApplicantRules.lookupId("4600123456"));
        assertEquals("001301000123", ApplicantRules.lookupId("001301000123"), "a CCCD stays as it is");
        assertEquals("46001234560012", ApplicantRules.lookupId("46001234560012"), "fourteen digits are no tax code");
    }

    @Test
    void emails() {
        assertTrue(ApplicantRules.emailProblem("an@example.vn").isEmpty());
        assertTrue(ApplicantRules.emailProblem("an@example").isPresent());
        assertTrue(ApplicantRules.emailProblem("an example@x.vn").isPresent());
    }

    @Test
    void namesAreNfcWithFoldedSpaces() {
        String decomposed = "Nguye\u0302\u0303n  Va\u0306n   An "; // "Nguyễn Văn An" typed with combining marks
        String nfc = ApplicantRules.normaliseName(decomposed);
        assertEquals("Nguyễn Văn An", nfc);
        assertEquals(13, nfc.length());
    }

    @Test
    void aNameTypedInSmallLettersGetsItsCapitalsAndAnyOtherStaysAsTyped() {
        assertEquals("Trần Thị Bình", ApplicantRules.personName("trần  thị bình "));
        assertEquals("Đặng Ích Ỷ", ApplicantRules.personName("đặng ích ỷ"));
        assertEquals("H'Hen Niê", ApplicantRules.personName("h'hen niê"));
        assertEquals("K’Nhớ", ApplicantRules.personName("k’nhớ"));
        assertEquals("Đặng Thị Ngọc-Hà", ApplicantRules.personName("đặng thị ngọc-hà"));
        assertEquals("Nguyễn Văn An", ApplicantRules.personName("Nguye\u0302\u0303n Va\u0306n An"));
        assertEquals("TRẦN THỊ BÌNH", ApplicantRules.personName("TRẦN THỊ BÌNH"));
        assertEquals("H'Hen Niê", ApplicantRules.personName("H'Hen Niê"));
        assertEquals("Lê văn Tám", ApplicantRules.personName("Lê văn Tám"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nguyễn Văn An",
                "Lê Văn Cường",
                "H'Hen Niê",
                "Y Moan Ênuôl",
                "Đặng Thị Ngọc-Hà",
                "Nguye\u0302\u0303n Va\u0306n An",
                "Ksor H’Bơ Khăp",
                "A"
            })
    void peoplesNamesAreLettersSpacesAndTheirMarks(String name) {
        assertTrue(ApplicantRules.nameProblem(name, true).isEmpty(), name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "x'); DROP TABLE dossier;--",
                "Nguyễn Văn An 2",
                "-An",
                "An\u0000",
                "Lê\tVăn",
                "Nguyễn; Văn",
                "   ",
                "'",
                "Trần <b>Bình</b>"
            })
    void anythingElseIsNotAPersonsName(String name) {
        assertTrue(ApplicantRules.nameProblem(name, true).isPresent(), name);
    }

    @Test
    void organisationsMayUseDigitsAndTheirPunctuationButNoMarkup() {
        for (String ok : new String[] {
            "Công ty TNHH Xây dựng số 1",
            "Hợp tác xã Nông nghiệp & Dịch vụ Đồng Hỷ",
            "Công ty CP \"An Phát\" (chi nhánh 2)"
        }) {
            assertTrue(ApplicantRules.nameProblem(ok, false).isEmpty(), ok);
        }
        for (String bad : new String[] {"<script>alert(1)</script>", "x'); DROP TABLE dossier;--", "Công ty\u0007A"}) {
            assertTrue(ApplicantRules.nameProblem(bad, false).isPresent(), bad);
        }
    }

    @Test
    void freeTextRefusesControlCharactersOnly() {
        assertTrue(ApplicantRules.controlCharacterProblem("Tổ 5, phường Phan Đình Phùng; số 12/3")
                .isEmpty());
        assertTrue(ApplicantRules.controlCharacterProblem(null).isEmpty());
        assertTrue(ApplicantRules.controlCharacterProblem("Tổ 5\u001b[31m").isPresent());
        assertTrue(ApplicantRules.controlCharacterProblem("Tổ 5\nphường").isPresent());
    }
}
