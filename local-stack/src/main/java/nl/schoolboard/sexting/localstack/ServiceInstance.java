package nl.schoolboard.sexting.localstack;

/**
 * One running copy of a service: the first has the module's own name and port, further ones are named
 * {@code <module>-2}, {@code <module>-3}, ... (their logs and working directories go by that name).
 *
 * @param module the service
 * @param name   the instance's name, unique in the stack
 * @param port   its HTTP port
 */
record ServiceInstance(String module, String name, int port) {

    String url() {
        return "http://localhost:" + port;
    }
}
