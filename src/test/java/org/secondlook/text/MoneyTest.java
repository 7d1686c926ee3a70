package org.secondlook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "$" only where it means the reader's own dollars; elsewhere the ISO code, so that no price passes for pesos. */
class MoneyTest {

    private static final Locale MEXICO = Locale.forLanguageTag("es-MX");

    private static String range(double min, double max, String currency, Locale locale) {
        return Money.figures(min, max, null, currency, new Terms(locale));
    }

    private static String amount(double value, String currency, Locale locale) {
        return Money.amount(value, currency, new Terms(locale));
    }

    @Test
    void aReaderInTheUnitedStatesKeepsTheDollarSign() {
        assertEquals("$75 to $150", range(75, 150, "USD", Locale.US));
        assertEquals("$1,150 to $12,000 (average $5,156)",
                Money.figures(1150.0, 12000.0, 5156.0, "USD", new Terms(Locale.US)));
        assertEquals("GBP 700", amount(700, "GBP", Locale.US), "pounds are not the reader's own currency");
    }

    @Test
    void aReaderInMexicoReadingEnglishSeesTheCodeWhereverTheCountryComesFrom() {
        assertEquals("USD 75 to USD 150", range(75, 150, "USD", Locale.forLanguageTag("en-MX")));
        Locale englishOnASpanishSystem = Language.ENGLISH.locale(MEXICO);
        assertEquals("USD 75 to USD 150", range(75, 150, "USD", englishOnASpanishSystem));
        assertEquals("About USD 5,156", Money.figures(null, null, 5156.0, "USD", new Terms(englishOnASpanishSystem)));
    }

    @Test
    void aReaderInTheUnitedKingdomSeesPoundsAsPoundsAndDollarsByCode() {
        assertEquals("USD 11,317 to USD 69,654", range(11317, 69654, "USD", Locale.UK));
        assertEquals("£700 to £1,200", range(700, 1200, "GBP", Locale.UK));
        Locale englishOnAWelshSystem = Language.ENGLISH.locale(Locale.forLanguageTag("cy-GB"));
        assertEquals("£700", amount(700, "GBP", englishOnAWelshSystem));
        assertEquals("USD 700", amount(700, "USD", englishOnAWelshSystem));
    }

    @Test
    void spanishWritesTheCodeAfterTheFigureUnlessTheReaderLivesWithThatCurrency() {
        assertEquals("1,150 USD a 12,000 USD", range(1150, 12000, "USD", Language.SPANISH.locale(MEXICO)));
        assertEquals("700 GBP", amount(700, "GBP", Language.SPANISH.locale(MEXICO)));
        assertEquals("1,150 USD", amount(1150, "USD", Language.SPANISH.locale(Locale.US)),
                "Spanish as in Mexico has no sign of its own for US dollars");
        assertEquals("$1,150", amount(1150, "USD", Locale.forLanguageTag("es-US")));
    }

    @Test
    void aReaderWhoseCountryIsUnknownSeesTheCode() {
        assertEquals("USD 75", amount(75, "USD", Locale.ENGLISH));
    }

    @Test
    void onlyTheCurrencyFollowsTheReadersCountryNotNumbersOrDates() {
        Locale englishInGermany = Language.ENGLISH.locale(Locale.GERMANY);
        assertEquals("€1,150", amount(1150, "EUR", englishInGermany));
        assertEquals("USD 1,150", amount(1150, "USD", englishInGermany));
        assertEquals("1,150.5", NumberFormat.getNumberInstance(englishInGermany).format(1150.5));
        assertEquals("December 1, 2026",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(englishInGermany).format(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theLanguagesUsualCountryNeedsNoCurrencyOfItsOwn() {
        assertEquals(Locale.US, Language.ENGLISH.locale(Locale.forLanguageTag("fr-US")));
        assertEquals(MEXICO, Language.SPANISH.locale(Locale.ENGLISH));
        assertEquals(Locale.forLanguageTag("en-US-u-cu-mxn"), Language.ENGLISH.locale(MEXICO));
    }
}
