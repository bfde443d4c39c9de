package nl.schoolboard.sexting.localstack;

/**
 * A stack starts once and stops once, and the stop may come from another thread (Ctrl-C runs the shutdown hook
 * while the start is still waiting for a service). Every part registers what it started through
 * {@link #register}, under the same lock as {@link #beginStopping}: so a part is either registered before the stop
 * begins, and is stopped, or not started at all.
 */
final class Lifecycle {

    private boolean started;
    private volatile boolean stopping;

    synchronized void begin() {
        if (started || stopping) {
            throw new IllegalStateException("A LocalStack starts once; build a new one to start again");
        }
        started = true;
    }

    /** {@code false} when stopping had already begun (a second close). */
    synchronized boolean beginStopping() {
        if (stopping) {
            return false;
        }
        stopping = true;
        return true;
    }

    boolean isStopping() {
        return stopping;
    }

    void checkNotStopping() {
        if (stopping) {
            throw new LocalStackException("The local stack is stopping");
        }
    }

    synchronized void register(Runnable registration) {
        checkNotStopping();
        registration.run();
    }
}
