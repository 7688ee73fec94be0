package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * R2.8: a request for information from a third party (a doctor, an earlier school, COA) that the gemeente
 * needs before it can fix the PIP. While it is open the 10-week term may be extended; once the information
 * arrives, the PIP must follow within two weeks.
 */
@Table("informatieverzoek")
public record Informatieverzoek(int volgnummer, String gemeentecode, String derde, String omschrijving,
        LocalDate aangevraagdOp, LocalDate ontvangenOp) {

    public boolean open() {
        return ontvangenOp == null;
    }

    Informatieverzoek ontvangen(LocalDate datum) {
        return new Informatieverzoek(volgnummer, gemeentecode, derde, omschrijving, aangevraagdOp, datum);
    }
}
