package vn.motcua.tracking.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.motcua.tracking.forms.domain.Addressee;

class AddresseeTest {
    @Test
    void aCitizenIsOngBa() {
        assertEquals(new Addressee("Ông/Bà Nguyễn Văn An", "Ông/Bà"), Addressee.of("CITIZEN", "Nguyễn Văn An"));
    }

    @Test
    void aBusinessAndAnOrganisationAreAddressedByTheirNames() {
        assertEquals(
                new Addressee("Công ty TNHH Hồng Hà", "Quý doanh nghiệp"),
                Addressee.of("BUSINESS", "Công ty TNHH Hồng Hà"));
        assertEquals(
                new Addressee("Hội Nông dân xã Tân Cương", "Quý cơ quan, tổ chức"),
                Addressee.of("ORGANISATION", "Hội Nông dân xã Tân Cương"));
    }

    @Test
    void anImportedDossierOrOneTrackedBeforeTypesWereKeptReadsAsACitizen() {
        assertEquals(Addressee.of("CITIZEN", "—"), Addressee.of(null, "—"));
        assertEquals(Addressee.of("CITIZEN", "An"), Addressee.of("SOMETHING_ELSE", "An"));
    }
}
