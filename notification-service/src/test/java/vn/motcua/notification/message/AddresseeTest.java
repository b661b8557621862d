package vn.motcua.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.domain.Addressee;

class AddresseeTest {
    @Test
    void aCitizenIsOngBaAndLooksUpByIdNumber() {
        assertEquals(
                new Addressee("Ông/Bà Nguyễn Văn An", "Ông/Bà", "số định danh cá nhân"),
                Addressee.of("CITIZEN", "Nguyễn Văn An"));
    }

    @Test
    void aBusinessAndAnOrganisationAreNamedAndLookUpByTaxCode() {
        assertEquals(
                new Addressee("Công ty TNHH Hồng Hà", "Quý doanh nghiệp", "mã số thuế"),
                Addressee.of("BUSINESS", "Công ty TNHH Hồng Hà"));
        assertEquals(
                new Addressee("Hội Nông dân xã Tân Cương", "Quý cơ quan, tổ chức", "mã số thuế"),
                Addressee.of("ORGANISATION", "Hội Nông dân xã Tân Cương"));
    }

    @Test
    void aRecipientStoredBeforeTypesWereKeptOrAnUnknownTypeReadsAsACitizen() {
        assertEquals(Addressee.of("CITIZEN", "Nguyễn Văn An"), Addressee.of(null, "Nguyễn Văn An"));
        assertEquals(Addressee.of("CITIZEN", "Nguyễn Văn An"), Addressee.of("business", "Nguyễn Văn An"));
    }
}
