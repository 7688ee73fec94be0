package nl.openinburgering.ontzorging;

import java.time.YearMonth;

/**
 * R7.6, D3: the person pays this cost item themselves from {@code vanaf}, with the consulent's short assessment
 * of their financial self-reliance and the training (budgetcursus) they followed.
 */
public record Overdracht(YearMonth vanaf, String beoordeling, String budgetcursus) {}
