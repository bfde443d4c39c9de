package nl.schoolboard.sexting.localstack;

/** Puts a database name into a MongoDB connection string that has none. */
final class MongoUris {

    private MongoUris() {
    }

    /**
     * {@code mongodb://h:27017} and {@code mongodb://h:27017/?replicaSet=rs0} get {@code /database}; a URI that
     * already names a database is returned unchanged (whoever wrote it chose).
     */
    static String withDatabase(String uri, String database) {
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd < 0) {
            throw new LocalStackException("Not a MongoDB connection string: " + uri);
        }
        int hostsStart = schemeEnd + 3;
        int slash = uri.indexOf('/', hostsStart);
        int question = uri.indexOf('?', hostsStart);
        if (slash < 0 || (question >= 0 && question < slash)) {
            int hostsEnd = question < 0 ? uri.length() : question;
            return uri.substring(0, hostsEnd) + "/" + database + uri.substring(hostsEnd);
        }
        int pathEnd = question < 0 ? uri.length() : question;
        String path = uri.substring(slash + 1, pathEnd);
        if (!path.isEmpty()) {
            return uri;
        }
        return uri.substring(0, slash + 1) + database + uri.substring(pathEnd);
    }
}
