package nl.openinburgering.pvt;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

class PvtActiesTests {

    @Test
    void consulentPlansGroupsRegistersAttendanceInvitesAndRecordsTheSignature() {
        assertThat(PvtActies.voor(Rol.CONSULENT, false)).isEqualTo(new PvtActies(true, true, true, true, true));
    }

    @Test
    void consulentCannotRecordASecondSignature() {
        assertThat(PvtActies.voor(Rol.CONSULENT, true).ondertekenen()).isFalse();
    }

    @Test
    void teamleiderOnlyLooksAtThePlanning() {
        assertThat(PvtActies.voor(Rol.TEAMLEIDER, false)).isEqualTo(new PvtActies(false, false, false, false, false));
    }
}
