package nl.openinburgering.ontzorging;

/** The gemeente's own account, the debtor of the SEPA file: a setting per gemeente. */
public record Debiteur(String naam, Iban iban, String bic) {}
