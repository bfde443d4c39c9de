package nl.schoolboard.sexting.notification.delivery;

/**
 * Nothing about this case that the caller may see: nobody has been told anything yet, or it is not a case of their
 * school (or board). The two are answered alike (404), so that nobody learns of another school's cases.
 */
public class NoDeliveriesToShow extends RuntimeException {

    public NoDeliveriesToShow(String caseId) {
        super("Nothing has been told to anyone about case " + caseId + " that you can see: nobody has been told "
                + "anything yet, or it is not a case of your school.");
    }
}
