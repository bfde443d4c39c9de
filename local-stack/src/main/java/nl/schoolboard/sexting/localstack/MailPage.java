package nl.schoolboard.sexting.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small web page listing the mail the SMTP sink received (newest first: date, to, subject, body), with each
 * message's {@code .eml} file to download. Everything shown is HTML-escaped: mail content is untrusted.
 */
final class MailPage implements AutoCloseable {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final MailSink sink;
    private final int port;
    private HttpServer server;
    private ExecutorService executor;

    MailPage(MailSink sink, int port) {
        this.sink = sink;
        this.port = port;
    }

    void start() {
        LocalStackPorts.requireFree(port, "mail page", "Is another local stack running?");
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new LocalStackException("Could not open the mail page on port " + port + ": " + e.getMessage(), e);
        }
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mail-page");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://localhost:" + port;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", page(sink.receivedMail())
                        .getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/messages/")
                    && MailSink.FILE_NAME.matcher(path.substring("/messages/".length())).matches()) {
                Path file = sink.mailDir().resolve(path.substring("/messages/".length()));
                if (Files.isRegularFile(file)) {
                    send(exchange, 200, "message/rfc822", Files.readAllBytes(file));
                } else {
                    send(exchange, 404, "text/plain; charset=utf-8", "No such mail".getBytes(StandardCharsets.UTF_8));
                }
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain; charset=utf-8",
                    ("Could not read the mail: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String page(List<ReceivedMail> mail) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Local stack: received mail</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
                table { border-collapse: collapse; width: 100%; }
                th, td { border-bottom: 1px solid #ddd; padding: .5rem; text-align: left; vertical-align: top; }
                pre { white-space: pre-wrap; margin: 0; font-family: inherit; }
                .meta { white-space: nowrap; }
                </style></head><body>
                """);
        html.append("<h1>Received mail</h1><p>").append(mail.size())
                .append(mail.size() == 1 ? " message" : " messages")
                .append(" received by the local SMTP sink (newest first). <a href=\"/\">Refresh</a></p>\n");
        html.append("<table><thead><tr><th>Date</th><th>To</th><th>Subject</th><th>Body</th></tr></thead><tbody>\n");
        List<ReceivedMail> newestFirst = new ArrayList<>(mail);
        Collections.reverse(newestFirst);
        for (ReceivedMail message : newestFirst) {
            html.append("<tr><td class=\"meta\">").append(escape(SHOWN.format(message.date())))
                    .append("</td><td>").append(escape(String.join(", ", message.to())))
                    .append("</td><td><a href=\"/messages/").append(escape(message.file().getFileName().toString()))
                    .append("\">").append(escape(message.subject().isBlank() ? "(no subject)" : message.subject()))
                    .append("</a><br><small>from ").append(escape(message.from()))
                    .append("</small></td><td><pre>").append(escape(message.body())).append("</pre></td></tr>\n");
        }
        return html.append("</tbody></table></body></html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
