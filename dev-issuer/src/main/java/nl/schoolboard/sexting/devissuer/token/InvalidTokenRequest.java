package nl.schoolboard.sexting.devissuer.token;

/** A {@code POST /dev/tokens} body that cannot become a token; the message says why, for a 400 problem. */
public class InvalidTokenRequest extends RuntimeException {

    public InvalidTokenRequest(String message) {
        super(message);
    }
}
