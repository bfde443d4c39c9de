package nl.schoolboard.sexting.contracts.payload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ValueTypesTest {

    @Test
    void the_values_of_the_contract_take_their_own_shape() {
        assertThat(new Code("SCHOOL_LEADER").value()).isEqualTo("SCHOOL_LEADER");
        assertThat(new PersonReference("P-1001").value()).isEqualTo("P-1001");
        assertThat(new YearGroup("havo 4").value()).isEqualTo("havo 4");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"mentor", "School leader", "SCHOOL-LEADER", "zegt dat het een grap was"})
    void a_code_refuses_words(String words) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Code(words));
        assertThat(Code.ifWellFormed(words)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Jan Jansen", "P_1", "<script>", "P-1001-with-a-tail-far-longer-than-any-pupil-number"})
    void a_person_reference_refuses_a_name_or_content(String notAReference) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonReference(notAReference));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"3, met de klas van Jan", "a year group of more than twenty"})
    void a_year_group_refuses_a_sentence(String sentence) {
        assertThatIllegalArgumentException().isThrownBy(() -> new YearGroup(sentence));
    }
}
