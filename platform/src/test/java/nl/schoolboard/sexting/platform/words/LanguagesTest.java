package nl.schoolboard.sexting.platform.words;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "''|nl",
            "nl|nl",
            "nl-NL,nl;q=0.9,en;q=0.8|nl",
            "en-US,en;q=0.9|en",
            "fr-FR,fr;q=0.9|nl",
            "fr, en;q=0.5|en",
            "de;q=0.9, nl-BE;q=0.5|nl",
            ";;;not a header|nl"})
    void the_caller_gets_the_language_they_prefer_most_of_ours_and_dutch_otherwise(String header, String language) {
        assertThat(Languages.fromAcceptLanguage(header).getLanguage()).isEqualTo(language);
    }
}
