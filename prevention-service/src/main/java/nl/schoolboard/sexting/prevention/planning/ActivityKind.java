package nl.schoolboard.sexting.prevention.planning;

/**
 * The kinds of preventive activity of protocol step 7. Only the lesson is planned at this stage; parent evenings,
 * policy reviews and awareness actions follow with the school calendar.
 */
public enum ActivityKind {
    /** A lesson on the risks of sending and forwarding images (mediawijsheid) for the affected year groups. */
    MEDIA_LITERACY_LESSON
}
