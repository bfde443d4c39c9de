package nl.schoolboard.sexting.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A mail server that takes nothing, the way real ones refuse: quoting what it was given. A recipient whose address
 * contains {@value #REFUSED_MAILBOX} is refused at {@code RCPT} with a reply that echoes the address; any other
 * mail is refused after {@code DATA} with a reply that quotes the greeting line of the message (which names the
 * recipient). Enough SMTP for Jakarta Mail, nothing more.
 */
final class RefusingSmtpServer implements AutoCloseable {

    static final String REFUSED_MAILBOX = "unknown-mailbox";

    private final ServerSocket socket;
    private final ExecutorService sessions = Executors.newCachedThreadPool();

    RefusingSmtpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sessions.submit(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                sessions.submit(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220 refusing.example ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(java.util.Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 refusing.example");
                } else if (command.startsWith("RCPT TO:") && line.contains(REFUSED_MAILBOX)) {
                    reply(out, "550 5.1.1 " + line.substring("RCPT TO:".length()).trim()
                            + ": no mailbox by that name here");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    String greeting = "";
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        if (greeting.isEmpty() && (data.startsWith("Beste ") || data.startsWith("Dear "))) {
                            greeting = data;
                        }
                    }
                    reply(out, "554 5.7.1 message refused as spam: \"" + greeting + "\"");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (IOException gone) {
            // the client hung up
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        sessions.shutdownNow();
    }
}
