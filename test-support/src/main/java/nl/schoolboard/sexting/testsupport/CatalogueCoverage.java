package nl.schoolboard.sexting.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import nl.schoolboard.sexting.platform.words.Catalogue;
import nl.schoolboard.sexting.platform.words.WordsConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The catalogue test of a service or of the gateway: every code it answers with, and the title of every problem
 * type it answers with ({@code title.<type>}), has a Dutch and an English text, and the two catalogue files hold
 * the same codes. A subclass names its own codes and types; the checks are the same for all.
 */
public abstract class CatalogueCoverage {

    private final List<String> codes;
    private final List<String> problemTypes;

    protected CatalogueCoverage(List<String> codes, List<String> problemTypes) {
        this.codes = List.copyOf(codes);
        this.problemTypes = List.copyOf(problemTypes);
    }

    @Test
    void every_code_answered_with_has_a_dutch_and_an_english_text() {
        List<String> worded = new ArrayList<>(codes);
        problemTypes.forEach(type -> worded.add("title." + type));

        assertEquals(List.of(), new Catalogue(WordsConfiguration.catalogueSource()).missing(worded),
                "codes without a text");
    }

    @Test
    void the_dutch_and_the_english_catalogue_hold_the_same_codes() {
        assertEquals(Catalogue.codesOf("nl"), Catalogue.codesOf("en"));
    }
}
