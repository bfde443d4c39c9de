package nl.schoolboard.sexting.otherservice;

/** A class of another service, which the example service must not know. */
public class Neighbour {
}
