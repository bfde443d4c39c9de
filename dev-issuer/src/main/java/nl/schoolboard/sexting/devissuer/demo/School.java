package nl.schoolboard.sexting.devissuer.demo;

/** A school of a demo board. */
public record School(String id, String name, String board) {
}
