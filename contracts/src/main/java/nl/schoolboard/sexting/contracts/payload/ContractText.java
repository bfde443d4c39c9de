package nl.schoolboard.sexting.contracts.payload;

import com.fasterxml.jackson.annotation.JsonValue;

/** A textual value of the contract ({@link Code}, {@link PersonReference}, {@link YearGroup}): in JSON, its bare text. */
interface ContractText {

    @JsonValue
    String value();
}
