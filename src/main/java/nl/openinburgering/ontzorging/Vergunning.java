package nl.openinburgering.ontzorging;

/**
 * The residence permit the person holds, as the consulent records it when the ontzorging starts (the registry
 * keeps only the legal target group, R1.5). R7.1: only the asylum permit counts, including the dependent asylum
 * permit of follow-on family; a family member with a regular permit "bij asielstatushouder" is an
 * asielstatushouder under Wi2021 art. 13 but not in the target group of art. 56a Pw.
 */
public enum Vergunning {
    ASIEL,
    REGULIER_BIJ_ASIELSTATUSHOUDER
}
