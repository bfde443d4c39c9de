package nl.schoolboard.sexting.notification.directory;

/** Another import (or a first edit) for the same school's list won the race; nothing of this import was kept. */
public class ConcurrentImport extends RuntimeException {

    public ConcurrentImport(String list) {
        super("The " + list + " of this school changed while the file was being imported (another import ran at the "
                + "same time). Nothing of this file was kept; look at the list and import again if needed.");
    }
}
